"""Visible text of a message (parse modes, trimming) and Telegram's length limits."""

from typing import Any

from tests.fakebotapi.errors import bad_request
from tests.fakebotapi.html_check import EntityParseError, ParsedText, parse_html, trim
from tests.fakebotapi.utf16 import utf16_len

TEXT_MAX = 4096
CAPTION_MAX = 1024
CALLBACK_ANSWER_MAX = 200
KNOWN_PARSE_MODES = frozenset({"html", "markdown", "markdownv2"})


def render(text: str, parse_mode: str | None, entities: Any = None) -> ParsedText:
    """What the user sees: HTML is parsed and validated; other modes are not implemented."""
    mode = (parse_mode or "").lower()
    if not mode:
        explicit = tuple(entities) if isinstance(entities, list) else ()
        return trim(ParsedText(text, explicit))
    if mode not in KNOWN_PARSE_MODES:
        raise bad_request("unsupported parse_mode")
    if mode != "html":
        raise bad_request(f"fake Bot API implements only the HTML parse mode, not {parse_mode}")
    try:
        return trim(parse_html(text))
    except EntityParseError as error:
        raise bad_request(f"can't parse entities: {error}") from None


def check_text(parsed: ParsedText) -> None:
    length = utf16_len(parsed.text)
    if length == 0:
        raise bad_request("message text is empty")
    if length > TEXT_MAX:
        raise bad_request("message is too long")


def check_caption(parsed: ParsedText) -> None:
    if utf16_len(parsed.text) > CAPTION_MAX:
        raise bad_request("message caption is too long")
