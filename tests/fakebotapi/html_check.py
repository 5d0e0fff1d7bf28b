"""Parse Telegram's HTML parse mode the way the Bot API does: visible text plus entities.

Telegram accepts only a small set of tags, requires them to be properly nested and closed, and
decodes only the named entities ``&lt; &gt; &amp; &quot;`` plus numeric ones (anything else
after ``&`` stays literal text). A stray ``<`` starts a tag, so ``a < b`` is an error. Errors
are reported with the UTF-8 byte offset of the offending tag, like Telegram does.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from tests.fakebotapi.utf16 import utf16_len

# Tag -> entity type.
TAG_ENTITIES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
    "tg-time": "date_time",
}

_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8}));")
_SPACE = " \t\n\r\x0b\x0c"
_MAX_CODE_POINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; str(error) is Telegram's reason."""


@dataclass(frozen=True)
class ParsedText:
    """Visible text and its entities (offsets and lengths in UTF-16 code units)."""

    text: str
    entities: tuple[dict[str, Any], ...] = ()


@dataclass
class _OpenTag:
    name: str
    start: int  # UTF-16 offset in the visible text
    attrs: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)


def _decode_entity(source: str, pos: int) -> tuple[str, int] | None:
    """Decoded character and the length consumed, or None when '&' is just a character."""
    match = _ENTITY.match(source, pos)
    if match is None:
        return None
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED[named], match.end() - pos
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if code == 0 or code > _MAX_CODE_POINT or code in _SURROGATES:
        return None
    return chr(code), match.end() - pos


def decode_entities(raw: str) -> str:
    """Decode HTML entities in an attribute value."""
    out: list[str] = []
    pos = 0
    while pos < len(raw):
        decoded = _decode_entity(raw, pos) if raw[pos] == "&" else None
        if decoded is None:
            out.append(raw[pos])
            pos += 1
        else:
            out.append(decoded[0])
            pos += decoded[1]
    return "".join(out)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.out: list[str] = []
        self.length = 0  # UTF-16 length of the visible text so far
        self.stack: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def byte_offset(self, pos: int) -> int:
        return len(self.source[:pos].encode("utf-8"))

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.length += utf16_len(text)

    def run(self) -> ParsedText:
        source = self.source
        while self.pos < len(source):
            char = source[self.pos]
            if char == "<":
                if source.startswith("</", self.pos):
                    self.end_tag()
                else:
                    self.start_tag()
            elif char == "&":
                decoded = _decode_entity(source, self.pos)
                if decoded is None:
                    self.emit("&")
                    self.pos += 1
                else:
                    self.emit(decoded[0])
                    self.pos += decoded[1]
            else:
                nxt = self._next_special(self.pos)
                self.emit(source[self.pos : nxt])
                self.pos = nxt
        if self.stack:
            msg = f'Can\'t find end tag corresponding to start tag "{self.stack[-1].name}"'
            raise EntityParseError(msg)
        entities = sorted(self.entities, key=lambda e: (e["offset"], -e["length"]))
        return ParsedText("".join(self.out), tuple(entities))

    def _next_special(self, pos: int) -> int:
        candidates = [
            i for i in (self.source.find("<", pos), self.source.find("&", pos)) if i >= 0
        ]
        return min(candidates) if candidates else len(self.source)

    def _skip_space(self, pos: int) -> int:
        while pos < len(self.source) and self.source[pos] in _SPACE:
            pos += 1
        return pos

    def start_tag(self) -> None:
        source, begin = self.source, self.pos
        pos = begin + 1
        while pos < len(source) and source[pos] not in _SPACE and source[pos] != ">":
            pos += 1
        if pos >= len(source):
            raise EntityParseError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
        name = source[begin + 1 : pos].lower()
        if name not in TAG_ENTITIES:
            msg = f'Unsupported start tag "{name}" at byte offset {self.byte_offset(begin)}'
            raise EntityParseError(msg)
        attrs, self.pos = self._attributes(name, begin, pos)
        tag = _OpenTag(name=name, start=self.length, attrs=attrs)
        self._check_attributes(tag, begin)
        self.stack.append(tag)

    def _attributes(self, tag: str, begin: int, pos: int) -> tuple[dict[str, str], int]:
        source = self.source
        attrs: dict[str, str] = {}
        while True:
            pos = self._skip_space(pos)
            if pos >= len(source):
                msg = f'Unclosed start tag "{tag}" at byte offset {self.byte_offset(begin)}'
                raise EntityParseError(msg)
            if source[pos] == ">":
                return attrs, pos + 1
            name_start = pos
            while pos < len(source) and source[pos] not in _SPACE and source[pos] not in "=>":
                pos += 1
            name = source[name_start:pos].lower()
            if not name:
                msg = (
                    f'Empty attribute name in the tag "{tag}" '
                    f"at byte offset {self.byte_offset(begin)}"
                )
                raise EntityParseError(msg)
            pos = self._skip_space(pos)
            value = ""
            if pos < len(source) and source[pos] == "=":
                value, pos = self._attribute_value(tag, begin, self._skip_space(pos + 1))
            attrs[name] = value

    def _attribute_value(self, tag: str, begin: int, pos: int) -> tuple[str, int]:
        source = self.source
        if pos >= len(source):
            msg = f'Unclosed start tag "{tag}" at byte offset {self.byte_offset(begin)}'
            raise EntityParseError(msg)
        quote = source[pos]
        if quote in "\"'":
            end = source.find(quote, pos + 1)
            if end < 0:
                msg = (
                    f'Unclosed end of attribute value in the tag "{tag}" '
                    f"at byte offset {self.byte_offset(begin)}"
                )
                raise EntityParseError(msg)
            return decode_entities(source[pos + 1 : end]), end + 1
        end = pos
        while end < len(source) and source[end] not in _SPACE and source[end] != ">":
            end += 1
        return decode_entities(source[pos:end]), end

    def _check_attributes(self, tag: _OpenTag, begin: int) -> None:
        offset = self.byte_offset(begin)
        if tag.name == "span" and tag.attrs.get("class") != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {offset}'
            )
        if tag.name == "tg-emoji" and not tag.attrs.get("emoji-id", "").isdigit():
            msg = (
                f'Tag "tg-emoji" must have a numeric attribute "emoji-id" at byte offset {offset}'
            )
            raise EntityParseError(msg)
        if tag.name == "tg-time" and not tag.attrs.get("unix", "").lstrip("-").isdigit():
            msg = f'Tag "tg-time" must have a numeric attribute "unix" at byte offset {offset}'
            raise EntityParseError(msg)

    def end_tag(self) -> None:
        source, begin = self.source, self.pos
        close = source.find(">", begin)
        if close < 0:
            raise EntityParseError(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
        name = source[begin + 2 : close].strip(_SPACE).lower()
        if not self.stack:
            raise EntityParseError(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        top = self.stack[-1]
        if name != top.name:
            msg = (
                f"Unmatched end tag at byte offset {self.byte_offset(begin)}, "
                f'expected "</{top.name}>", found "</{name}>"'
            )
            raise EntityParseError(msg)
        self.stack.pop()
        self.pos = close + 1
        self._close_entity(top)

    def _close_entity(self, tag: _OpenTag) -> None:
        length = self.length - tag.start
        parent = self.stack[-1] if self.stack else None
        language = tag.attrs.get("class", "")
        if (
            tag.name == "code"
            and parent is not None
            and parent.name == "pre"
            and language.startswith("language-")
            and len(language) > len("language-")
        ):
            parent.extra["language"] = language.removeprefix("language-")
            return
        entity: dict[str, Any] = {"type": TAG_ENTITIES[tag.name]}
        if tag.name == "a":
            url = tag.attrs.get("href", "")
            if not url:
                return
            entity["url"] = url
        elif tag.name == "pre" and "language" in tag.extra:
            entity["language"] = tag.extra["language"]
        elif tag.name == "blockquote" and "expandable" in tag.attrs:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "tg-emoji":
            entity["custom_emoji_id"] = tag.attrs["emoji-id"]
        elif tag.name == "tg-time":
            entity["unix_time"] = int(tag.attrs["unix"])
            if tag.attrs.get("format"):
                entity["date_time_format"] = tag.attrs["format"]
        if length > 0:
            self.entities.append({"offset": tag.start, "length": length, **entity})


def parse_html(source: str) -> ParsedText:
    """Visible text and entities of ``source``; raises EntityParseError like Telegram."""
    return _Parser(source).run()


def trim(parsed: ParsedText) -> ParsedText:
    """Strip leading/trailing whitespace as Telegram does, moving entities accordingly."""
    text = parsed.text
    stripped_left = text.lstrip(_SPACE)
    shift = utf16_len(text) - utf16_len(stripped_left)
    result = stripped_left.rstrip(_SPACE)
    total = utf16_len(result)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, total)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(result, tuple(entities))
