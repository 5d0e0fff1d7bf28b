"""Message content in Bot API wire form, checked against Telegram's rules and limits."""

from collections.abc import Sequence
from typing import Any

from aiogram.client.default import Default, DefaultBotProperties
from aiogram.enums import ParseMode
from aiogram.types import InlineKeyboardMarkup, MessageEntity

from bot.telegram.text_limits import CAPTION_LIMIT, MESSAGE_LIMIT
from bot.terminal.files import SavedFile
from bot.terminal.markup import EntityParseError, parse_html
from bot.text.html import utf16_len

Wire = dict[str, Any]

CALLBACK_DATA_LIMIT = 64
MEDIA_KINDS = ("photo", "document", "audio", "video", "animation", "voice")
# Keys of a message that make up its content (copied by forwardMessage/copyMessage).
CONTENT_KEYS = ("text", "entities", "caption", "caption_entities", *MEDIA_KINDS)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


class BotApiError(Exception):
    """A request Telegram would refuse; becomes aiogram's usual exception."""

    def __init__(self, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.description, self.status = description, status


def formatted(
    text: str,
    parse_mode: str | Default | None,
    entities: Sequence[MessageEntity] | None,
    defaults: DefaultBotProperties,
    *,
    caption: bool = False,
) -> Wire:
    """``{"text", "entities"}`` (or caption keys) the way Telegram stores the message."""
    if isinstance(parse_mode, Default):
        parse_mode = defaults[parse_mode.name]
    plain, parsed = text, []
    if entities:
        parsed = [entity.model_dump(mode="json", exclude_none=True) for entity in entities]
    elif parse_mode == ParseMode.HTML:
        try:
            plain, parsed = parse_html(text)
        except EntityParseError as error:
            raise BotApiError(f"Bad Request: can't parse entities: {error}") from error
    if caption:
        if utf16_len(plain) > CAPTION_LIMIT:
            raise BotApiError("Bad Request: message caption is too long")
        return {"caption": plain, "caption_entities": parsed} if plain else {}
    if not plain.strip():
        raise BotApiError("Bad Request: message text is empty")
    if utf16_len(plain) > MESSAGE_LIMIT:
        raise BotApiError("Bad Request: message is too long")
    return {"text": plain, "entities": parsed}


def inline_keyboard(markup: object) -> Wire:
    """``{"reply_markup": ...}`` for an inline keyboard; Telegram keeps no other markup."""
    if not isinstance(markup, InlineKeyboardMarkup):
        return {}
    for row in markup.inline_keyboard:
        for button in row:
            data = button.callback_data
            if data is not None and not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
                raise BotApiError("Bad Request: BUTTON_DATA_INVALID")
    return {"reply_markup": markup.model_dump(mode="json", exclude_none=True)}


def media(kind: str, saved: SavedFile) -> Wire:
    """``{kind: ...}`` describing a sent file, shaped like Telegram's PhotoSize/Document/..."""
    base: Wire = {"file_id": saved.file_id, "file_unique_id": saved.file_id}
    if saved.size:
        base["file_size"] = saved.size
    if kind == "photo":
        return {"photo": [{**base, "width": saved.width, "height": saved.height}]}
    if kind in {"video", "animation"}:
        base.update(width=saved.width, height=saved.height, duration=0)
    elif kind in {"audio", "voice"}:
        base["duration"] = 0
    if kind != "voice":
        base["file_name"] = saved.name
    if saved.mime_type:
        base["mime_type"] = saved.mime_type
    return {kind: base}


def without_empty(wire: Wire) -> Wire:
    """Drop empty lists/None, as Telegram omits absent fields."""
    return {key: value for key, value in wire.items() if value not in (None, [], {})}
