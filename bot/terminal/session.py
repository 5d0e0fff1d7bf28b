"""An aiogram session that answers Bot API calls locally, for the terminal chat and tests.

Handlers run exactly as with Telegram: each call gets the result Telegram would return (a Message
with a fresh id, True, a User...), built in wire form and parsed by aiogram's own response check,
and requests Telegram would refuse (bad HTML, too long, "message is not modified"...) raise the
same aiogram exceptions. Every visible effect is handed to ``on_event`` for display.
"""

import logging
from collections.abc import AsyncGenerator, Callable
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Message

from bot.terminal.content import BotApiError, Wire
from bot.terminal.events import EventHandler, OutgoingEvent
from bot.terminal.files import DEFAULT_OUTPUT_DIR, FileSaver
from bot.terminal.methods import BotApiMethods

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)


class OfflineError(RuntimeError):
    """The terminal session has no network: nothing can be downloaded."""


def _now() -> datetime:
    return datetime.now(UTC)


class TerminalSession(BaseSession):
    """Bot API without the network: messages are kept in memory, files saved to a folder."""

    def __init__(
        self,
        on_event: EventHandler | None = None,
        *,
        output_dir: Path = DEFAULT_OUTPUT_DIR,
        first_message_id: int | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__()
        self.on_event = on_event
        self.files = FileSaver(output_dir)
        self.clock = clock
        # Seconds since the epoch: ids stay unique across runs that share a database.
        self._last_message_id = (first_message_id or int(clock().timestamp())) - 1
        self._messages: dict[tuple[int, int], Wire] = {}
        self._chats: dict[int, Wire] = {}
        self._pending_callbacks: set[str] = set()
        self._answered_callbacks: set[str] = set()
        self.closed = False
        self._methods = BotApiMethods(self)

    # --- state shared with the chat loop -------------------------------------------------------

    def next_message_id(self) -> int:
        """Message ids are per chat in Telegram; one counter for all chats is good enough."""
        self._last_message_id += 1
        return self._last_message_id

    def now(self) -> int:
        return int(self.clock().timestamp())

    def add_chat(self, chat: Wire) -> None:
        """Describe a chat (e.g. the user's private chat) for messages sent into it."""
        self._chats[int(chat["id"])] = dict(chat)

    def chat(self, chat_id: int) -> Wire:
        return self._chats.get(chat_id) or {
            "id": chat_id,
            "type": "private" if chat_id > 0 else "supergroup",
        }

    def record(self, wire: Wire) -> None:
        """Remember a message (bot's or user's) so it can be edited, deleted, forwarded."""
        self._messages[int(wire["chat"]["id"]), int(wire["message_id"])] = wire

    def stored(self, chat_id: int, message_id: int) -> Wire | None:
        return self._messages.get((chat_id, message_id))

    def forget(self, chat_id: int, message_id: int) -> Wire | None:
        return self._messages.pop((chat_id, message_id), None)

    def get_message(self, bot: "Bot", chat_id: int, message_id: int) -> Message | None:
        """The current version of a message, bound to ``bot``; None once deleted."""
        wire = self.stored(chat_id, message_id)
        return None if wire is None else Message.model_validate(wire, context={"bot": bot})

    def expect_callback(self, query_id: str) -> None:
        """A callback query is being delivered; the bot is expected to answer it."""
        self._pending_callbacks.add(query_id)

    def callback_answered(self, query_id: str) -> bool:
        return query_id in self._answered_callbacks

    def answer_callback(self, query_id: str) -> None:
        if query_id not in self._pending_callbacks:
            msg = (
                "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
            raise BotApiError(msg)
        self._pending_callbacks.discard(query_id)
        self._answered_callbacks.add(query_id)

    def emit(self, event: OutgoingEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)

    # --- BaseSession ---------------------------------------------------------------------------

    async def close(self) -> None:
        self.closed = True

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109  (BaseSession's signature)
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        msg = f"the terminal chat is offline and cannot download {url}"
        raise OfflineError(msg)
        yield b""  # pragma: no cover  (makes this an async generator)

    async def make_request(
        self,
        bot: "Bot",
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109  (BaseSession's signature)
    ) -> TelegramType:
        status: int = HTTPStatus.OK
        try:
            payload: Wire = {"ok": True, "result": await self._handle(bot, method)}
        except BotApiError as error:
            log.debug("%s refused: %s", method.__api_method__, error.description)
            status = error.status
            payload = {"ok": False, "error_code": status, "description": error.description}
        # The same parsing (and exceptions) as for a real HTTP response.
        response = self.check_response(bot, method, status, self.json_dumps(payload))
        return cast(TelegramType, response.result)

    async def _handle(self, bot: "Bot", method: TelegramMethod[Any]) -> Any:
        handler = self._methods.handler(type(method))
        if handler is not None:
            return await handler(bot, method)
        if method.__returning__ is bool:
            # setMyCommands, sendChatAction, deleteWebhook...: nothing to show.
            return True
        msg = f"Bad Request: {method.__api_method__} is not available in the terminal chat"
        log.warning(msg)
        raise BotApiError(msg)
