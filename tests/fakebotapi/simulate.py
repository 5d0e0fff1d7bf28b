"""What simulated users do: each action queues the update Telegram would deliver to the bot."""

import re
from io import BytesIO
from typing import Any, Protocol

from PIL import Image

from tests.fakebotapi.keyboard import buttons, find_button
from tests.fakebotapi.payloads import (
    bot_message_json,
    chat_member_update_json,
    document_json,
    photo_sizes,
    sticker_json,
    user_message_json,
)
from tests.fakebotapi.records import CallbackQueryRecord, FakeUser, SentMessage
from tests.fakebotapi.state import BotState, ChatState
from tests.fakebotapi.utf16 import utf16_len

_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?")


class HasMessageId(Protocol):
    """E.g. the aiogram Message a bot call returned."""

    @property
    def message_id(self) -> int: ...


MessageRef = SentMessage | int | HasMessageId


def sample_png(width: int = 64, height: int = 48) -> bytes:
    """A small valid PNG (what a user's photo is made of unless the test passes bytes)."""
    buffer = BytesIO()
    Image.new("RGB", (width, height), (70, 130, 180)).save(buffer, format="PNG")
    return buffer.getvalue()


class UserActions:
    """Mixin for FakeBotAPI: simulated users writing to the bot and pressing its buttons."""

    state: BotState

    def _contact(self, user: FakeUser) -> ChatState:
        chat = self.state.ensure_chat(user)
        if chat.blocked:  # writing to the bot again is how a user unblocks it
            self.unblock_bot(user)
        return chat

    def _user_message(self, user: FakeUser, **content: Any) -> dict[str, Any]:
        chat = self._contact(user)
        message = user_message_json(user, chat.new_message_id(), self.state.unix_time(), **content)
        chat.user_messages[message["message_id"]] = message
        return self.state.updates.push("message", message)

    def send_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue any update as is, e.g. ``send_update("edited_message", {...})``."""
        return self.state.updates.push(kind, payload)

    def send_text(self, user: FakeUser, text: str) -> dict[str, Any]:
        """A text message; a leading /command gets its bot_command entity like in Telegram."""
        content: dict[str, Any] = {"text": text}
        match = _COMMAND.match(text)
        if match and (match.end() == len(text) or text[match.end()].isspace()):
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(match.group())}
            ]
        return self._user_message(user, **content)

    def send_command(
        self, user: FakeUser, command: str, payload: str | None = None
    ) -> dict[str, Any]:
        """``/start``, or ``/start <payload>`` as a deep link sends it."""
        command = command if command.startswith("/") else f"/{command}"
        text = f"{command} {payload}" if payload else command
        content = {
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}],
        }
        return self._user_message(user, **content)

    def send_sticker(self, user: FakeUser, emoji: str = "👍") -> dict[str, Any]:
        stored = self.state.files.add(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "sticker")
        return self._user_message(user, sticker=sticker_json(stored, emoji))

    def send_photo(
        self,
        user: FakeUser,
        data: bytes | None = None,
        *,
        caption: str | None = None,
    ) -> dict[str, Any]:
        data = data if data is not None else sample_png()
        with Image.open(BytesIO(data)) as image:
            width, height = image.size
        stored = self.state.files.add(data, "photo", mime_type="image/png")
        content: dict[str, Any] = {"photo": photo_sizes(stored, width, height)}
        if caption:
            content["caption"] = caption
        return self._user_message(user, **content)

    def send_voice(
        self, user: FakeUser, duration: int = 3, data: bytes | None = None
    ) -> dict[str, Any]:
        data = data if data is not None else b"OggS" + bytes(60)
        stored = self.state.files.add(data, "voice", mime_type="audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": stored.size,
        }
        return self._user_message(user, voice=voice)

    def send_document(
        self,
        user: FakeUser,
        data: bytes = b"%PDF-1.4\n%fake\n",
        *,
        filename: str = "notes.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
    ) -> dict[str, Any]:
        stored = self.state.files.add(data, "document", filename=filename, mime_type=mime_type)
        content: dict[str, Any] = {"document": document_json(stored)}
        if caption:
            content["caption"] = caption
        return self._user_message(user, **content)

    def send_location(
        self, user: FakeUser, latitude: float = 55.7558, longitude: float = 37.6173
    ) -> dict[str, Any]:
        return self._user_message(user, location={"latitude": latitude, "longitude": longitude})

    def _message_for_press(
        self, user: FakeUser, message: MessageRef, forged: bool
    ) -> SentMessage | None:
        if isinstance(message, SentMessage):
            return message
        if not isinstance(message, int):
            message = message.message_id
        chat = self.state.chats.get(user.id)
        found = chat.by_id.get(message) if chat else None
        if found is None and not forged:
            msg = f"chat {user.id} has no bot message #{message}"
            raise AssertionError(msg)
        return found

    @staticmethod
    def _check_press(user: FakeUser, target: SentMessage, callback_data: str) -> None:
        problem = None
        if target.chat_id != user.id:
            problem = f"message #{target.message_id} is in chat {target.chat_id}"
        elif target.deleted:
            problem = f"message #{target.message_id} was deleted"
        elif callback_data not in [b.callback_data for b in buttons(target)]:
            problem = f"no button with data {callback_data!r}: {buttons(target)}"
        if problem:
            msg = f"user {user.id} cannot press it: {problem}"
            raise AssertionError(msg)

    def press(
        self,
        user: FakeUser,
        message: MessageRef,
        callback_data: str,
        *,
        forged: bool = False,
        expired: bool = False,
    ) -> dict[str, Any]:
        """The user presses the button with ``callback_data`` under a bot message.

        ``message`` is a SentMessage, a message id in the user's chat, or anything with a
        ``message_id`` (such as the aiogram Message a send call returned).

        Unless ``forged``, the button must exist in the message's current keyboard and the
        message must be in the user's chat and not deleted (a real client cannot do
        otherwise). ``forged=True`` sends any data, as a modified client could; a deleted or
        unknown message then arrives as an InaccessibleMessage. ``expired=True``: the press
        reaches the bot too late to be answered (answerCallbackQuery fails with 400 "query is
        too old"), as after a backlog of updates.
        """
        target = self._message_for_press(user, message, forged)
        if target is not None and not forged:
            self._check_press(user, target, callback_data)
        query_id = self.state.new_callback_id()
        payload: dict[str, Any] = {
            "id": query_id,
            "from": user.to_json(),
            "chat_instance": f"-{user.id}77",
            "data": callback_data,
        }
        if target is not None and not target.deleted:
            chat_id, message_id = target.chat_id, target.message_id
            owner = self.state.chats[chat_id].user
            payload["message"] = bot_message_json(target, self.state.bot_user, owner)
        else:
            chat_id = user.id
            message_id = message if isinstance(message, int) else message.message_id
            payload["message"] = {"chat": user.chat_json(), "message_id": message_id, "date": 0}
        self.state.callbacks[query_id] = CallbackQueryRecord(
            id=query_id,
            user=user,
            chat_id=chat_id,
            message_id=message_id,
            data=callback_data,
            forged=forged,
            expired=expired,
        )
        return self.state.updates.push("callback_query", payload)

    def press_button(
        self, user: FakeUser, message: SentMessage, text: str, *, expired: bool = False
    ) -> dict[str, Any]:
        """Press the button found by ``find_button(message, text)``."""
        button = find_button(message, text)
        if button.callback_data is None:
            msg = f"button {button.text!r} has no callback_data"
            raise AssertionError(msg)
        return self.press(user, message, button.callback_data, expired=expired)

    def block_bot(self, user: FakeUser) -> dict[str, Any]:
        """The user blocks the bot: sends now fail with 403; my_chat_member is delivered."""
        return self._set_blocked(user, blocked=True)

    def unblock_bot(self, user: FakeUser) -> dict[str, Any]:
        return self._set_blocked(user, blocked=False)

    def _set_blocked(self, user: FakeUser, *, blocked: bool) -> dict[str, Any]:
        chat = self.state.ensure_chat(user)
        chat.blocked = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        payload = chat_member_update_json(
            user, self.state.bot_user, self.state.unix_time(), old=old, new=new
        )
        return self.state.updates.push("my_chat_member", payload)
