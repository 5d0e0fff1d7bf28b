"""Methods that send, edit and delete messages."""

from collections.abc import Callable
from io import BytesIO
from typing import Any

from PIL import Image

from tests.fakebotapi.errors import NOT_MODIFIED, ApiError, bad_request
from tests.fakebotapi.files import StoredFile, UploadedFile, loggable_params
from tests.fakebotapi.formatting import check_caption, check_text, render
from tests.fakebotapi.html_check import ParsedText
from tests.fakebotapi.keyboard import normalize_reply_markup
from tests.fakebotapi.payloads import bot_message_json
from tests.fakebotapi.records import SentMessage
from tests.fakebotapi.registry import handles
from tests.fakebotapi.state import BotState, ChatState

MB = 1024 * 1024
PHOTO_MAX_BYTES = 10 * MB
UPLOAD_MAX_BYTES = 50 * MB
PHOTO_MAX_SIDES_SUM = 10_000
PHOTO_MAX_RATIO = 20
URL_PREFIXES = ("http://", "https://")


def _markup(
    state: BotState, params: dict[str, Any], *, inline_only: bool = False
) -> dict[str, Any] | None:
    if "reply_markup" not in params:
        return None
    return normalize_reply_markup(state.spec, params["reply_markup"], inline_only=inline_only)


def _reply_to(chat: ChatState, params: dict[str, Any]) -> int | None:
    reply = params.get("reply_parameters")
    if isinstance(reply, dict):
        message_id, allow_missing = (
            reply.get("message_id"),
            reply.get("allow_sending_without_reply"),
        )
    else:
        message_id = params.get("reply_to_message_id")
        allow_missing = params.get("allow_sending_without_reply")
    if message_id is None:
        return None
    exists = message_id in chat.user_messages or (
        message_id in chat.by_id and not chat.by_id[message_id].deleted
    )
    if not exists:
        if allow_missing:
            return None
        raise bad_request("message to be replied not found")
    return int(message_id)


def _text(params: dict[str, Any]) -> ParsedText:
    parsed = render(params["text"], params.get("parse_mode"), params.get("entities"))
    check_text(parsed)
    return parsed


def _caption(params: dict[str, Any]) -> ParsedText:
    parsed = render(
        params.get("caption", ""), params.get("parse_mode"), params.get("caption_entities")
    )
    check_caption(parsed)
    return parsed


def _record(state: BotState, chat: ChatState, message: SentMessage) -> dict[str, Any]:
    chat.sent.append(message)
    chat.by_id[message.message_id] = message
    chat.send_times.append(message.sent_at)
    state.signal.notify()
    return bot_message_json(message, state.bot_user, chat.user)


def _new_message(
    state: BotState, chat: ChatState, method: str, params: dict[str, Any], **fields: Any
) -> SentMessage:
    now = state.now()
    limited = state.faults.check_rate(method, chat.send_times, now)
    if limited is not None:
        raise limited
    return SentMessage(
        message_id=chat.new_message_id(),
        chat_id=chat.user.id,
        method=method,
        date=state.unix_time(),
        sent_at=now,
        parse_mode=params.get("parse_mode"),
        reply_to_message_id=_reply_to(chat, params),
        params=loggable_params(params),
        **fields,
    )


def _media(state: BotState, value: Any, kind: str) -> tuple[StoredFile | None, str | None]:
    """Stored file for an upload or file_id, or the URL the media is sent by."""
    if isinstance(value, UploadedFile):
        if not value.data:
            raise bad_request("file must be non-empty")
        if len(value.data) > UPLOAD_MAX_BYTES:
            raise ApiError(413, "Request Entity Too Large")
        mime = value.content_type if value.content_type != "application/octet-stream" else None
        stored = state.files.add(value.data, kind, filename=value.filename, mime_type=mime)
        return stored, None
    if not isinstance(value, str) or not value:
        raise bad_request(f"there is no {kind} in the request")
    if value.startswith(URL_PREFIXES):
        return None, value
    known = state.files.get(value)
    if known is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    if known.kind != kind:
        raise bad_request(f"can't use file of type {known.kind.title()} as {kind.title()}")
    return known, None


def _photo_size(data: bytes) -> tuple[int, int]:
    if len(data) > PHOTO_MAX_BYTES:
        raise bad_request("photo is too big: at most 10 MB")
    try:
        with Image.open(BytesIO(data)) as image:
            width, height = image.size
    except (OSError, ValueError, SyntaxError):
        raise bad_request("IMAGE_PROCESS_FAILED") from None
    ratio = max(width, height) / max(min(width, height), 1)
    if width + height > PHOTO_MAX_SIDES_SUM or ratio > PHOTO_MAX_RATIO:
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    return width, height


@handles("sendMessage")
async def send_message(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    chat = state.writable_chat(params["chat_id"])
    parsed = _text(params)
    message = _new_message(
        state,
        chat,
        "sendMessage",
        params,
        text=params["text"],
        plain_text=parsed.text,
        entities=parsed.entities,
        reply_markup=_markup(state, params),
    )
    return _record(state, chat, message)


@handles("sendPhoto")
async def send_photo(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return _send_media(state, params, "sendPhoto", "photo")


@handles("sendDocument")
async def send_document(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return _send_media(state, params, "sendDocument", "document")


@handles("sendSticker")
async def send_sticker(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return _send_media(state, params, "sendSticker", "sticker")


def _send_media(state: BotState, params: dict[str, Any], method: str, kind: str) -> dict[str, Any]:
    chat = state.writable_chat(params["chat_id"])
    parsed = _caption(params) if kind != "sticker" else ParsedText("")
    markup = _markup(state, params)
    stored, url = _media(state, params[kind], kind)
    fields: dict[str, Any] = {"file": stored, "media_url": url}
    if kind == "photo" and stored is not None:
        fields.update(
            photo=stored.data, photo_filename=stored.filename, photo_size=_photo_size(stored.data)
        )
    elif kind == "document" and stored is not None:
        fields.update(document=stored.data, document_filename=stored.filename)
    message = _new_message(
        state,
        chat,
        method,
        params,
        caption=params.get("caption") if kind != "sticker" else None,
        plain_text=parsed.text,
        entities=parsed.entities,
        reply_markup=markup,
        **fields,
    )
    return _record(state, chat, message)


def _edit_target(state: BotState, params: dict[str, Any]) -> tuple[ChatState, SentMessage]:
    if "inline_message_id" in params:
        raise bad_request("message to edit not found")
    if "chat_id" not in params:
        raise bad_request("chat_id is empty")
    if "message_id" not in params:
        raise bad_request("message identifier is not specified")
    chat = state.writable_chat(params["chat_id"])
    message_id = params["message_id"]
    if message_id in chat.user_messages:
        raise bad_request("message can't be edited")
    message = chat.by_id.get(message_id)
    if message is None or message.deleted:
        raise bad_request("message to edit not found")
    return chat, message


def _apply_edit(
    state: BotState,
    chat: ChatState,
    message: SentMessage,
    method: str,
    changes: dict[str, Any],
) -> dict[str, Any]:
    current = (message.plain_text, message.entities, message.inline_keyboard or None)
    new_markup = changes.get("reply_markup")
    proposed = (
        changes.get("plain_text", message.plain_text),
        changes.get("entities", message.entities),
        (new_markup or {}).get("inline_keyboard") or None,
    )
    if current == proposed:
        raise bad_request(NOT_MODIFIED)
    now = state.now()
    message.history.append(message.snapshot(method, now))
    for key, value in changes.items():
        setattr(message, key, value)
    message.edit_date = state.unix_time()
    state.signal.notify()
    return bot_message_json(message, state.bot_user, chat.user)


def _edit_content(
    state: BotState,
    params: dict[str, Any],
    method: str,
    field: str,
    parse: Callable[[dict[str, Any]], ParsedText],
) -> dict[str, Any]:
    """Replace a message's text or caption (``field``) with what ``parse`` makes of it."""
    chat, message = _edit_target(state, params)
    parsed = parse(params)
    markup = _markup(state, params, inline_only=True)
    if (message.text is None) == (field == "text"):
        raise bad_request(f"there is no {field} in the message to edit")
    changes = {
        field: params.get(field, ""),
        "parse_mode": params.get("parse_mode"),
        "plain_text": parsed.text,
        "entities": parsed.entities,
        "reply_markup": markup,
    }
    return _apply_edit(state, chat, message, method, changes)


@handles("editMessageText")
async def edit_message_text(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return _edit_content(state, params, "editMessageText", "text", _text)


@handles("editMessageCaption")
async def edit_message_caption(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return _edit_content(state, params, "editMessageCaption", "caption", _caption)


@handles("editMessageReplyMarkup")
async def edit_message_reply_markup(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    chat, message = _edit_target(state, params)
    markup = _markup(state, params, inline_only=True)
    return _apply_edit(state, chat, message, "editMessageReplyMarkup", {"reply_markup": markup})


def _delete(chat: ChatState, message_id: Any) -> bool:
    if message_id in chat.user_messages:
        del chat.user_messages[message_id]
        return True
    message = chat.by_id.get(message_id)
    if message is None or message.deleted:
        return False
    message.deleted = True
    return True


@handles("deleteMessage")
async def delete_message(state: BotState, params: dict[str, Any]) -> bool:
    chat = state.writable_chat(params["chat_id"])
    if not _delete(chat, params["message_id"]):
        raise bad_request("message to delete not found")
    state.signal.notify()
    return True


@handles("deleteMessages")
async def delete_messages(state: BotState, params: dict[str, Any]) -> bool:
    chat = state.writable_chat(params["chat_id"])
    ids = params["message_ids"]
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must be a list of 1-100 identifiers")
    for message_id in ids:
        _delete(chat, message_id)
    state.signal.notify()
    return True
