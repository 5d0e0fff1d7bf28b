"""An aiogram session that answers Bot API calls locally, for the terminal chat and tests.

Handlers run exactly as with Telegram: each call gets the result Telegram would return (a Message
with a fresh id, True, a User...), built in wire form and parsed by aiogram's own response check,
and requests Telegram would refuse (bad HTML, too long, "message is not modified"...) raise the
same aiogram exceptions. Every visible effect is handed to ``on_event`` for display.
"""

import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from datetime import datetime
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    DeleteMessage,
    DeleteMessages,
    EditMessageCaption,
    EditMessageMedia,
    EditMessageReplyMarkup,
    EditMessageText,
    ForwardMessage,
    GetMe,
    SendAnimation,
    SendAudio,
    SendDocument,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    SendVideo,
    SendVoice,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import InputMedia, Message

from bot.db.base import utcnow
from bot.terminal.content import (
    CONTENT_KEYS,
    MEDIA_KINDS,
    NOT_MODIFIED,
    BotApiError,
    Wire,
    formatted,
    inline_keyboard,
    media,
    without_empty,
)
from bot.terminal.events import (
    AnyMarkup,
    CallbackAnswered,
    Change,
    EventHandler,
    MessageDeleted,
    MessageShown,
    OutgoingEvent,
)
from bot.terminal.files import DEFAULT_OUTPUT_DIR, FileSaver, SavedFile

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)
MediaMethod = SendPhoto | SendDocument | SendAudio | SendVideo | SendAnimation | SendVoice
_MEDIA_FIELD: dict[type[Any], str] = dict(zip(get_args(MediaMethod), MEDIA_KINDS, strict=True))
EditMethod = EditMessageText | EditMessageCaption | EditMessageReplyMarkup | EditMessageMedia
Handler = Callable[["Bot", Any], Awaitable[Any]]
_CAPTION_KEYS = ("caption", "caption_entities")


def media_kind(item: InputMedia) -> str:
    kind = getattr(item, "type", "document")
    value = getattr(kind, "value", kind)
    return str(value) if str(value) in MEDIA_KINDS else "document"


class OfflineError(RuntimeError):
    """The terminal session has no network: nothing can be downloaded."""


class TerminalSession(BaseSession):
    """Bot API without the network: messages are kept in memory, files saved to a folder."""

    def __init__(
        self,
        on_event: EventHandler | None = None,
        *,
        output_dir: Path = DEFAULT_OUTPUT_DIR,
        first_message_id: int | None = None,
        clock: Callable[[], datetime] = utcnow,
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
        self._handlers: dict[type[Any], Handler] = {
            SendMessage: self.send_message,
            **dict.fromkeys(_MEDIA_FIELD, self.send_media),
            SendMediaGroup: self.send_media_group,
            ForwardMessage: self.forward,
            CopyMessage: self.forward,
            **dict.fromkeys(get_args(EditMethod), self.edit),
            DeleteMessage: self.delete,
            DeleteMessages: self.delete,
            AnswerCallbackQuery: self.answer_callback,
            GetMe: self.get_me,
        }

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

    def get_message(self, bot: "Bot", chat_id: int, message_id: int) -> Message | None:
        """The current version of a message, bound to ``bot``; None once deleted."""
        wire = self._messages.get((chat_id, message_id))
        return None if wire is None else Message.model_validate(wire, context={"bot": bot})

    def expect_callback(self, query_id: str) -> None:
        """A callback query is being delivered; the bot is expected to answer it."""
        self._pending_callbacks.add(query_id)

    def callback_answered(self, query_id: str) -> bool:
        return query_id in self._answered_callbacks

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
        raise OfflineError(f"the terminal chat is offline and cannot download {url}")
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
        handler = self._handlers.get(type(method))
        if handler is not None:
            return await handler(bot, method)
        if method.__returning__ is bool:
            # setMyCommands, sendChatAction, deleteWebhook...: nothing to show.
            return True
        msg = f"Bad Request: {method.__api_method__} is not available in the terminal chat"
        log.warning(msg)
        raise BotApiError(msg)

    # --- helpers -------------------------------------------------------------------------------

    @staticmethod
    def chat_id(value: int | str | None) -> int:
        if isinstance(value, int):
            return value
        if value and value.lstrip("-").isdigit():
            return int(value)
        raise BotApiError("Bad Request: chat not found")

    @staticmethod
    def bot_user(bot: "Bot") -> Wire:
        return {
            "id": bot.id,
            "is_bot": True,
            "first_name": "VP Coach",
            "username": "vp_coach_terminal_bot",
        }

    def show(
        self,
        bot: "Bot",
        wire: Wire,
        change: Change = Change.SENT,
        markup: AnyMarkup | None = None,
        file: SavedFile | None = None,
    ) -> None:
        message = Message.model_validate(wire, context={"bot": bot})
        self.emit(MessageShown(message=message, change=change, markup=markup, file=file))

    def new(self, bot: "Bot", chat_id: int, content: Wire, **shown: Any) -> Wire:
        """A bot message sent into ``chat_id``: recorded, then shown (``shown``: markup, file)."""
        head = {"message_id": self.next_message_id(), "date": self.now()}
        wire = without_empty(
            {**head, "chat": self.chat(chat_id), "from": self.bot_user(bot), **content}
        )
        self.record(wire)
        self.show(bot, wire, **shown)
        return wire

    def caption(self, bot: "Bot", item: Any) -> Wire:
        if item.caption is None:
            return {}
        return formatted(
            item.caption, item.parse_mode, item.caption_entities, bot.default, caption=True
        )

    # --- sending -------------------------------------------------------------------------------

    async def send_message(self, bot: "Bot", method: SendMessage) -> Wire:
        content = formatted(method.text, method.parse_mode, method.entities, bot.default)
        content.update(inline_keyboard(method.reply_markup))
        return self.new(bot, self.chat_id(method.chat_id), content, markup=method.reply_markup)

    async def send_media(self, bot: "Bot", method: MediaMethod) -> Wire:
        kind = _MEDIA_FIELD[type(method)]
        content = self.caption(bot, method)
        content.update(inline_keyboard(method.reply_markup))
        saved = await self.files.save(bot, getattr(method, kind), kind)
        chat_id, content = self.chat_id(method.chat_id), {**media(kind, saved), **content}
        return self.new(bot, chat_id, content, markup=method.reply_markup, file=saved)

    async def send_media_group(self, bot: "Bot", method: SendMediaGroup) -> list[Wire]:
        chat_id = self.chat_id(method.chat_id)
        group = f"terminal-group-{self.now()}"
        wires = []
        for item in method.media:
            kind = media_kind(item)
            content = self.caption(bot, item)
            saved = await self.files.save(bot, item.media, kind)
            content = {**media(kind, saved), **content, "media_group_id": group}
            wires.append(self.new(bot, chat_id, content, file=saved))
        return wires

    async def forward(self, bot: "Bot", method: ForwardMessage | CopyMessage) -> Wire:
        source = self._messages.get((self.chat_id(method.from_chat_id), method.message_id))
        action = "forward" if isinstance(method, ForwardMessage) else "copy"
        if source is None:
            raise BotApiError(f"Bad Request: message to {action} not found")
        content = {key: source[key] for key in CONTENT_KEYS if key in source}
        markup = None
        if isinstance(method, ForwardMessage):
            origin = {"type": "user", "date": source["date"], "sender_user": source["from"]}
            content["forward_origin"] = origin
        else:
            markup = method.reply_markup
            if method.caption is not None and "text" not in source:
                content.update(self.caption(bot, method))
            content.update(inline_keyboard(markup))
        wire = self.new(bot, self.chat_id(method.chat_id), content, markup=markup)
        return wire if action == "forward" else {"message_id": wire["message_id"]}

    async def answer_callback(self, bot: "Bot", method: AnswerCallbackQuery) -> bool:
        query_id = method.callback_query_id
        if query_id not in self._pending_callbacks:
            msg = (
                "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
            raise BotApiError(msg)
        self._pending_callbacks.discard(query_id)
        self._answered_callbacks.add(query_id)
        self.emit(CallbackAnswered(query_id, method.text, bool(method.show_alert), method.url))
        return True

    async def delete(self, bot: "Bot", method: DeleteMessage | DeleteMessages) -> bool:
        """One message (an unknown one is refused) or several (unknown ones are skipped)."""
        one = isinstance(method, DeleteMessage)
        ids = [method.message_id] if isinstance(method, DeleteMessage) else method.message_ids
        chat_id = self.chat_id(method.chat_id)
        for message_id in ids:
            wire = self._messages.pop((chat_id, message_id), None)
            if wire is None and one:
                raise BotApiError("Bad Request: message to delete not found")
            if wire is not None:
                self.emit(MessageDeleted(Message.model_validate(wire, context={"bot": bot})))
        return True

    async def get_me(self, bot: "Bot", method: GetMe) -> Wire:
        return {**self.bot_user(bot), "can_join_groups": False, "has_main_web_app": False}

    # --- editing -------------------------------------------------------------------------------

    def _target(self, method: EditMethod) -> Wire:
        if method.inline_message_id is not None or method.message_id is None:
            raise BotApiError("Bad Request: MESSAGE_ID_INVALID")
        wire = self._messages.get((self.chat_id(method.chat_id), method.message_id))
        if wire is None:
            raise BotApiError("Bad Request: message to edit not found")
        if not wire.get("from", {}).get("is_bot"):
            raise BotApiError("Bad Request: message can't be edited")
        return wire

    async def edit(self, bot: "Bot", method: EditMethod) -> Wire:
        """Replace the text, caption, media or keyboard of a bot message; Telegram refuses an
        edit that changes nothing."""
        old = self._target(method)
        change, saved, content = Change.EDITED, None, {}
        drop: tuple[str, ...] = ("reply_markup",)
        if isinstance(method, EditMessageText):
            if "text" not in old:
                raise BotApiError("Bad Request: there is no text in the message to edit")
            content = formatted(method.text or "", method.parse_mode, method.entities, bot.default)
            drop += ("text", "entities")
        elif isinstance(method, EditMessageReplyMarkup):
            change = Change.MARKUP
        elif "text" in old:
            what = "caption" if isinstance(method, EditMessageCaption) else "media"
            raise BotApiError(f"Bad Request: there is no {what} in the message to edit")
        elif isinstance(method, EditMessageCaption):
            content, drop = self.caption(bot, method), (*drop, *_CAPTION_KEYS)
        else:
            kind = media_kind(method.media)
            saved = await self.files.save(bot, method.media.media, kind)
            content = {**media(kind, saved), **self.caption(bot, method.media)}
            drop += (*MEDIA_KINDS, *_CAPTION_KEYS)
        content.update(inline_keyboard(method.reply_markup))
        kept = {key: value for key, value in old.items() if key not in (*drop, "edit_date")}
        wire = without_empty({**kept, **content})
        if wire == {key: value for key, value in old.items() if key != "edit_date"}:
            raise BotApiError(NOT_MODIFIED)
        wire["edit_date"] = self.now()
        self.record(wire)
        self.show(bot, wire, change, file=saved)
        return wire
