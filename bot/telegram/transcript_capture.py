"""Capture of the transcript: what came in (described for non-text) and what went out.

Outgoing calls are seen by a Bot API request middleware; a context variable set for the update
being handled collects them, and the transcript middleware stores them when the handler returns.
"""

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.fsm.context import FSMContext
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageCaption,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import Response, TelegramType
from aiogram.types import CallbackQuery, Message, TelegramObject, Update

from bot.db.models import User
from bot.db.repositories import Repositories
from bot.db.repositories.transcript import Exchange

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]

# (kind, text, message id) of each outgoing call made while one update is handled.
_outgoing: ContextVar[list[tuple[str, str | None, int | None]] | None] = ContextVar(
    "outgoing", default=None
)

# StatesGroup class name → dialogue name stored in the transcript.
DIALOGUES = {"VpDialog": "value_prop", "InterviewDialog": "interview"}


def split_state(state: str | None) -> tuple[str | None, str | None]:
    """'VpDialog:segment' → ('value_prop', 'segment')."""
    if not state:
        return None, None
    group, _, step = state.partition(":")
    return DIALOGUES.get(group, group), step or None


def describe_message(message: Message) -> tuple[str, str | None]:
    """Kind and text of an incoming message; non-text content is described, not dropped."""
    if message.text is not None:
        is_command = message.text.startswith("/")
        return ("command" if is_command else "text"), message.text
    if message.sticker:
        return "sticker", message.sticker.emoji
    if message.photo:
        return "photo", message.caption
    if message.voice:
        return "voice", f"{message.voice.duration}s"
    if message.video_note:
        return "video_note", f"{message.video_note.duration}s"
    if message.video:
        return "video", message.caption
    if message.audio:
        return "audio", message.audio.title or message.caption
    if message.document:
        return "document", message.document.file_name
    if message.location:
        return "location", f"{message.location.latitude},{message.location.longitude}"
    if message.contact:
        return "contact", message.contact.first_name
    if message.animation:
        return "animation", message.caption
    if message.poll:
        return "poll", message.poll.question
    return "other", message.caption


def describe_callback(query: CallbackQuery) -> str:
    """The pressed button's caption when it can be found, else its raw data."""
    message = query.message
    markup = getattr(message, "reply_markup", None)
    if markup is not None and query.data is not None:
        for row in markup.inline_keyboard:
            for button in row:
                if button.callback_data == query.data:
                    return f"{button.text} [{query.data}]"
    return f"[{query.data}]"


def _describe_outgoing(method: TelegramMethod[Any]) -> tuple[str, str | None] | None:
    if isinstance(method, SendMessage):
        return "text", method.text
    if isinstance(method, SendPhoto):
        return "photo", method.caption
    if isinstance(method, SendDocument):
        return "document", method.caption
    if isinstance(method, EditMessageText):
        return "edit", method.text
    if isinstance(method, EditMessageCaption):
        return "edit", method.caption
    if isinstance(method, AnswerCallbackQuery) and method.text:
        return "callback_answer", method.text
    return None


class OutgoingRecorder(BaseRequestMiddleware):
    """Bot API request middleware that notes outgoing messages for the transcript."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        response = await make_request(bot, method)
        sink = _outgoing.get()
        described = _describe_outgoing(method)
        if sink is not None and described is not None:
            # Typed as Response, but aiogram's session chain hands back the bare result.
            result = response.result if isinstance(response, Response) else response
            message_id = getattr(result, "message_id", None)
            sink.append((described[0], described[1], message_id))
        return response


class TranscriptMiddleware(BaseMiddleware):
    """Stores the incoming exchange before the handler and the outgoing ones after it."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("user")
        if user is None or not isinstance(event, Update):
            return await handler(event, data)
        repo: Repositories = data["repo"]
        clock: Callable[[], datetime] = data["clock"]
        state: FSMContext | None = data.get("state")
        dialogue, step = split_state(await state.get_state() if state else None)
        incoming = self._incoming(event)
        if incoming is not None and user.has_consent:
            kind, text, message_id = incoming
            await repo.transcript.add(
                user.id,
                Exchange(
                    at=clock(),
                    direction="in",
                    kind=kind,
                    text=text,
                    dialogue=dialogue,
                    step=step,
                    telegram_message_id=message_id,
                    update_id=event.update_id,
                ),
            )
        await repo.commit()  # with UserMiddleware's registration/refresh of the user
        sink: list[tuple[str, str | None, int | None]] = []
        token = _outgoing.set(sink)
        try:
            return await handler(event, data)
        finally:
            _outgoing.reset(token)
            if sink and user.has_consent:
                dialogue, step = split_state(await state.get_state() if state else None)
                now = clock()
                await repo.transcript.add(
                    user.id,
                    *(
                        Exchange(
                            at=now,
                            direction="out",
                            kind=kind,
                            text=text,
                            dialogue=dialogue,
                            step=step,
                            telegram_message_id=message_id,
                            update_id=event.update_id,
                        )
                        for kind, text, message_id in sink
                    ),
                )

    @staticmethod
    def _incoming(update: Update) -> tuple[str, str | None, int | None] | None:
        if update.message is not None:
            kind, text = describe_message(update.message)
            return kind, text, update.message.message_id
        if update.callback_query is not None:
            return "callback", describe_callback(update.callback_query), None
        return None
