"""Real aiogram Updates for what the terminal user does: text messages and button presses."""

import itertools
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiogram.types import Message, Update

from bot.terminal.content import Wire
from bot.text.html import utf16_len

if TYPE_CHECKING:
    from aiogram import Bot

    from bot.terminal.session import TerminalSession


@dataclass(frozen=True)
class TerminalUser:
    id: int
    first_name: str
    language_code: str | None = None

    def wire(self) -> Wire:
        user: Wire = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def chat(self) -> Wire:
        return {"id": self.id, "type": "private", "first_name": self.first_name}


def command_entities(text: str) -> list[Wire]:
    """A bot_command entity for a leading ``/command`` (with an optional ``@botname``)."""
    if not text.startswith("/") or len(text) < 2 or text[1].isspace():
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]


class UpdateFactory:
    """Builds updates from one user; ids keep increasing (and start from the clock, so that a
    database that de-duplicates update ids accepts the updates of a later run)."""

    def __init__(
        self,
        bot: "Bot",
        session: "TerminalSession",
        user: TerminalUser,
        *,
        first_update_id: int | None = None,
    ) -> None:
        self.bot, self.session, self.user = bot, session, user
        start = first_update_id if first_update_id is not None else int(time.time() * 1000)
        self._update_ids = itertools.count(start)
        self._query_ids = itertools.count(1)
        session.add_chat(user.chat())

    def _update(self, **payload: Wire) -> Update:
        wire = {"update_id": next(self._update_ids), **payload}
        return Update.model_validate(wire, context={"bot": self.bot})

    def text(self, text: str) -> Update:
        """A private text message; the session remembers it like Telegram does."""
        message: Wire = {
            "message_id": self.session.next_message_id(),
            "date": self.session.now(),
            "chat": self.user.chat(),
            "from": self.user.wire(),
            "text": text,
        }
        if entities := command_entities(text):
            message["entities"] = entities
        self.session.record(message)
        return self._update(message=message)

    def callback(self, message: Message, data: str) -> tuple[str, Update]:
        """A press of an inline button with ``data`` on ``message``; returns (query id, update)."""
        query_id = f"{self.user.id}{next(self._query_ids):08d}"
        query: Wire = {
            "id": query_id,
            "from": self.user.wire(),
            "chat_instance": f"terminal-{message.chat.id}",
            "message": message.model_dump(mode="json", by_alias=True, exclude_none=True),
            "data": data,
        }
        self.session.expect_callback(query_id)
        return query_id, self._update(callback_query=query)
