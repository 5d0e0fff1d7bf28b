"""Telegram-style HTML to plain text plus message entities, the way the Bot API parses it.

Strict where Telegram is strict (unsupported or unbalanced tags, a raw ``<``), so that text which
would fail in Telegram fails in the terminal chat too. Entity offsets and lengths are in UTF-16
code units. See https://core.telegram.org/bots/api#html-style.
"""

import html
import re
from dataclasses import dataclass, field
from typing import Any

from bot.text.html import pieces, utf16_len

_TAGS: dict[str, str | None] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
    "tg-time": None,  # accepted by Telegram, no entity here
}

Entity = dict[str, Any]
_UNCLOSED = 'Can\'t find end tag corresponding to start tag "{}"'


class EntityParseError(ValueError):
    """The HTML would be rejected by Telegram ("can't parse entities")."""


@dataclass(slots=True)
class _Open:
    """A tag whose end has not been seen yet."""

    tag: str
    type: str | None
    start: int
    extra: dict[str, str] = field(default_factory=dict)


# An attribute of a tag: a name, optionally "=" and a quoted or bare value.
_ATTRIBUTE = re.compile(r"""([a-zA-Z][\w-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")


def _attributes(raw: str, name: str) -> dict[str, str]:
    """The attributes of the tag ``raw`` (``<name ...>``), values unquoted and decoded."""
    inside = raw[1 + len(name) : -1]
    return {
        key.lower(): html.unescape(value[1:-1] if value[:1] in "\"'" else value)
        for key, value in _ATTRIBUTE.findall(inside)
    }


class _Entities:
    """The plain text and the entities of one HTML text, as its tags open and close."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.position = 0
        self.stack: list[_Open] = []
        self.entities: list[Entity] = []

    def text(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        spoiler = tag == "span" and attrs.get("class") == "tg-spoiler"
        if tag not in _TAGS and not spoiler:
            raise EntityParseError(f'Unsupported start tag "{tag}"')
        opened = _Open(tag, "spoiler" if spoiler else _TAGS[tag], self.position)
        parent = self.stack[-1] if self.stack else None
        if tag == "code" and parent and parent.type == "pre" and attrs.get("class"):
            parent.extra["language"] = attrs["class"].removeprefix("language-")
            opened.type = None
        elif tag == "a":
            opened.type = "text_link" if attrs.get("href") else None
            opened.extra["url"] = attrs.get("href", "")
        elif tag == "blockquote" and "expandable" in attrs:
            opened.type = "expandable_blockquote"
        elif tag == "tg-emoji":
            opened.extra["custom_emoji_id"] = attrs.get("emoji-id", "")
        self.stack.append(opened)

    def end(self, tag: str) -> None:
        if not self.stack:
            raise EntityParseError(f'Unexpected end tag "{tag}"')
        opened = self.stack.pop()
        if opened.tag != tag:
            raise EntityParseError(_UNCLOSED.format(opened.tag))
        length = self.position - opened.start
        if opened.type and length > 0:
            entity: Entity = {"type": opened.type, "offset": opened.start, "length": length}
            entity.update(opened.extra)
            self.entities.append(entity)


def _decoded(raw: str) -> str:
    """Text between tags: a raw "<" is refused, entities are decoded."""
    if "<" in raw:
        raise EntityParseError('Unexpected "<": write it as &lt;')
    return html.unescape(raw)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Plain text and Bot API entity dicts for ``source``; EntityParseError when Telegram would
    refuse it. Tags are read by the shared tokenizer (bot/text/html.py); entities are decoded
    leniently (any HTML entity, where Telegram knows four named ones)."""
    parsed = _Entities()
    for text, tag in pieces(source, _decoded):
        if tag is None:
            parsed.text(text)
        elif tag[0].endswith("/>"):
            raise EntityParseError(f'Unsupported start tag "{tag[2].lower()}"')
        elif tag[1]:
            parsed.end(tag[2].lower())
        else:
            parsed.start(tag[2].lower(), _attributes(tag[0], tag[2]))
    if parsed.stack:
        raise EntityParseError(_UNCLOSED.format(parsed.stack[-1].tag))
    entities = sorted(parsed.entities, key=lambda item: (item["offset"], -item["length"]))
    return "".join(parsed.parts), entities
