"""Telegram JSON objects the fake server returns or puts into updates."""

from typing import Any

from tests.fakebotapi.files import StoredFile
from tests.fakebotapi.records import FakeUser, SentMessage


def photo_sizes(stored: StoredFile, width: int, height: int) -> list[dict[str, Any]]:
    return [
        {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": width,
            "height": height,
            "file_size": stored.size,
        }
    ]


def document_json(stored: StoredFile) -> dict[str, Any]:
    data: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
    }
    if stored.filename:
        data["file_name"] = stored.filename
    if stored.mime_type:
        data["mime_type"] = stored.mime_type
    return data


def sticker_json(stored: StoredFile, emoji: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "file_size": stored.size,
    }
    if emoji:
        data["emoji"] = emoji
    return data


def _media_fields(message: SentMessage) -> dict[str, Any]:
    stored = message.file
    if stored is None:
        return {}
    if stored.kind == "photo":
        width, height = message.photo_size or (1, 1)
        return {"photo": photo_sizes(stored, width, height)}
    if stored.kind == "sticker":
        return {"sticker": sticker_json(stored)}
    return {stored.kind: document_json(stored)}


def bot_message_json(
    message: SentMessage, bot_user: dict[str, Any], user: FakeUser
) -> dict[str, Any]:
    """The Message object for a message the bot sent, in its current state."""
    data: dict[str, Any] = {
        "message_id": message.message_id,
        "from": bot_user,
        "chat": user.chat_json(),
        "date": message.date,
    }
    if message.edit_date is not None:
        data["edit_date"] = message.edit_date
    if message.text is not None:
        data["text"] = message.plain_text
        if message.entities:
            data["entities"] = list(message.entities)
    data.update(_media_fields(message))
    if message.caption is not None and message.plain_text:
        data["caption"] = message.plain_text
        if message.entities:
            data["caption_entities"] = list(message.entities)
    if message.inline_keyboard:
        data["reply_markup"] = {"inline_keyboard": message.inline_keyboard}
    return data


def user_message_json(
    user: FakeUser, message_id: int, date: int, **content: Any
) -> dict[str, Any]:
    """A Message from a simulated user in their private chat with the bot."""
    return {
        "message_id": message_id,
        "from": user.to_json(),
        "chat": user.chat_json(),
        "date": date,
        **content,
    }


def chat_member_update_json(
    user: FakeUser, bot_user: dict[str, Any], date: int, *, old: str, new: str
) -> dict[str, Any]:
    """my_chat_member: the user blocked ("kicked") or unblocked ("member") the bot."""
    return {
        "chat": user.chat_json(),
        "from": user.to_json(),
        "date": date,
        "old_chat_member": _member(bot_user, old, date),
        "new_chat_member": _member(bot_user, new, date),
    }


def _member(bot_user: dict[str, Any], status: str, date: int) -> dict[str, Any]:
    data: dict[str, Any] = {"status": status, "user": bot_user}
    if status == "kicked":
        data["until_date"] = 0
    return data
