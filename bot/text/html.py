"""Telegram HTML: one tokenizer (tags, entities, characters), the text it shows, user text quoted.

Telegram knows only four named entities plus numeric ones; any other "&" is a plain character,
and it measures texts in UTF-16 code units (https://core.telegram.org/bots/api#html-style).
Pure code: no aiogram import.
"""

import html
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

# A tag (quoted attribute values may hold "<" or ">"); an entity Telegram knows.
TAG = re.compile(r"""<(/?)([a-zA-Z][\w-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>""")
_ENTITY = re.compile(r"&(?:#\d{1,8}|#[xX][\da-fA-F]{1,8}|lt|gt|amp|quot);")
# A tag, an entity, or any single character.
_TOKEN = re.compile(rf"{TAG.pattern}|{_ENTITY.pattern}|.", re.DOTALL)
_MAX_CODE_POINT = 0x10FFFF
BOLD_TAGS = frozenset({"b", "strong"})


def quote(text: str) -> str:
    """User text escaped for HTML parse mode (shown exactly as typed)."""
    return html.escape(text, quote=False)


def clip(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if (space := cut.rfind(" ")) > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" .,;:!-–—") + "…"


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the way Telegram counts."""
    return len(text.encode("utf-16-le")) // 2


class Token(NamedTuple):
    """A tag (no visible text) or one visible character written as raw HTML."""

    raw: str
    text: str  # visible text; "" for tags
    width: int  # of the visible text, in UTF-16 units
    is_space: bool
    tag: str = ""  # tag name, "" for text
    closing: bool = False


def _char(raw: str, char: str) -> Token:
    return Token(raw, char, 2 if ord(char) > 0xFFFF else 1, char.isspace())


def _entity(raw: str) -> str | None:
    """The character an entity stands for, or None when Telegram would show it literally."""
    if not raw.startswith("&#"):
        return html.unescape(raw)
    digits = raw[2:-1]
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    if code == 0 or code > _MAX_CODE_POINT or 0xD800 <= code < 0xE000:
        return None
    return chr(code)


def tokens(html_text: str) -> list[Token]:
    """``html_text`` as tags and visible characters, in order."""
    found: list[Token] = []
    for match in _TOKEN.finditer(html_text):
        raw = match.group(0)
        if match.group(2):
            found.append(Token(raw, "", 0, False, match.group(2).lower(), bool(match.group(1))))
        elif len(raw) == 1:
            found.append(_char(raw, raw))
        elif (decoded := _entity(raw)) is not None:
            found.append(_char(raw, decoded))
        else:
            found.extend(_char(char, char) for char in raw)
    return found


def _shown(raw: str) -> str:
    """Text between tags as shown: Telegram's entities decoded, anything else kept."""
    if "&" not in raw:
        return raw
    return _ENTITY.sub(lambda match: _entity(match[0]) or match[0], raw)


def pieces(
    html_text: str, shown: Callable[[str], str] = _shown
) -> Iterator[tuple[str, re.Match[str] | None]]:
    """The text between tags (as ``shown`` decodes it) and the tags themselves, in order:
    (text, None) or ("", tag match); faster than ``tokens`` where characters need not be told
    apart. A tag match's groups are "/" (or "") and the tag's name."""
    start = 0
    for tag in TAG.finditer(html_text):
        if tag.start() > start:
            yield shown(html_text[start : tag.start()]), None
        yield "", tag
        start = tag.end()
    if start < len(html_text):
        yield shown(html_text[start:]), None


def visible_text(html_text: str) -> str:
    """The text Telegram shows for ``html_text`` (tags removed, entities decoded)."""
    if "<" not in html_text and "&" not in html_text:
        return html_text
    return "".join(text for text, _ in pieces(html_text))


def bold_lines(html_text: str) -> frozenset[str]:
    """The shown lines that are bold from end to end (stripped): headings such as
    "<b>Вопрос 1 из 5</b>", which a document can draw bold instead of showing the tags."""
    depth = 0
    lines: list[list[tuple[str, bool]]] = [[]]  # runs of text, each bold or not
    for text, tag in pieces(html_text):
        if tag is not None:
            if tag[2].lower() in BOLD_TAGS:
                depth = max(depth - 1, 0) if tag[1] else depth + 1
            continue
        first, *rest = text.split("\n")
        lines[-1].append((first, depth > 0))
        lines.extend([(line, depth > 0)] for line in rest)
    return frozenset(
        "".join(run for run, _ in line).strip()
        for line in lines
        if any(run.strip() for run, _ in line)
        and all(bold or not run.strip() for run, bold in line)
    )
