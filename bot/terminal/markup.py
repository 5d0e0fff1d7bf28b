"""Telegram-style HTML to plain text plus message entities, the way the Bot API parses it.

Strict where Telegram is strict (unsupported or unbalanced tags, a raw ``<``), so that text which
would fail in Telegram fails in the terminal chat too. Entity offsets and lengths are in UTF-16
code units. See https://core.telegram.org/bots/api#html-style.
"""

import html
from html.parser import HTMLParser
from typing import Any

from bot.text.html import utf16_len

# Named entities Telegram understands; others are decoded leniently.
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE_TAGS = {
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
}
# Tags Telegram accepts that carry no entity here.
_PLAIN_TAGS = {"tg-time"}

Entity = dict[str, Any]


class EntityParseError(ValueError):
    """The HTML would be rejected by Telegram ("can't parse entities")."""


class _Open:
    """A tag whose end has not been seen yet."""

    __slots__ = ("extra", "start", "tag", "type")

    def __init__(self, tag: str, entity_type: str | None, start: int) -> None:
        self.tag = tag
        self.type = entity_type
        self.start = start
        self.extra: dict[str, str] = {}


class _TelegramHtmlParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.position = 0
        self.stack: list[_Open] = []
        self.entities: list[Entity] = []

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def handle_data(self, data: str) -> None:
        if "<" in data:
            msg = 'Unexpected "<": write it as &lt;'
            raise EntityParseError(msg)
        self._append(data)

    def handle_entityref(self, name: str) -> None:
        self._append(_NAMED.get(name) or html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._append(html.unescape(f"&#{name};"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(self._open(tag, {key: value or "" for key, value in attrs}))

    def _open(self, tag: str, attrs: dict[str, str]) -> _Open:
        if tag in _SIMPLE_TAGS:
            opened = _Open(tag, _SIMPLE_TAGS[tag], self.position)
            language = attrs.get("class", "").removeprefix("language-")
            parent = self.stack[-1] if self.stack else None
            if tag == "code" and parent and parent.type == "pre" and attrs.get("class"):
                parent.extra["language"] = language
                opened.type = None
            return opened
        if tag == "span" and attrs.get("class") == "tg-spoiler":
            return _Open(tag, "spoiler", self.position)
        if tag == "a":
            opened = _Open(tag, "text_link" if attrs.get("href") else None, self.position)
            opened.extra["url"] = attrs.get("href", "")
            return opened
        if tag == "blockquote":
            kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
            return _Open(tag, kind, self.position)
        if tag == "tg-emoji":
            opened = _Open(tag, "custom_emoji", self.position)
            opened.extra["custom_emoji_id"] = attrs.get("emoji-id", "")
            return opened
        if tag in _PLAIN_TAGS:
            return _Open(tag, None, self.position)
        msg = f'Unsupported start tag "{tag}"'
        raise EntityParseError(msg)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        msg = f'Unsupported start tag "{tag}"'
        raise EntityParseError(msg)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            msg = f'Unexpected end tag "{tag}"'
            raise EntityParseError(msg)
        opened = self.stack.pop()
        if opened.tag != tag:
            msg = f'Can\'t find end tag corresponding to start tag "{opened.tag}"'
            raise EntityParseError(msg)
        length = self.position - opened.start
        if opened.type and length > 0:
            entity: Entity = {"type": opened.type, "offset": opened.start, "length": length}
            entity.update(opened.extra)
            self.entities.append(entity)

    def handle_comment(self, data: str) -> None:
        msg = "Comments are not supported"
        raise EntityParseError(msg)

    def handle_decl(self, decl: str) -> None:
        msg = "Declarations are not supported"
        raise EntityParseError(msg)

    def handle_pi(self, data: str) -> None:
        msg = "Processing instructions are not supported"
        raise EntityParseError(msg)

    def unknown_decl(self, data: str) -> None:
        msg = "Declarations are not supported"
        raise EntityParseError(msg)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Plain text and Bot API entity dicts for ``source``; EntityParseError when Telegram would
    refuse it."""
    parser = _TelegramHtmlParser()
    parser.feed(source)
    parser.close()
    if parser.stack:
        msg = f'Can\'t find end tag corresponding to start tag "{parser.stack[-1].tag}"'
        raise EntityParseError(msg)
    entities = sorted(parser.entities, key=lambda item: (item["offset"], -item["length"]))
    return "".join(parser.parts), entities
