"""Capture of the transcript: what came in (described for non-text) and what went out.

Outgoing calls are seen by a Bot API request middleware; a context variable set for the update
being handled collects them with the chat each went to, and the transcript middleware
(bot.telegram.transcript_filing) stores them when the handler returns.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageCaption,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import Response
from aiogram.types import CallbackQuery, Message

from bot.telegram.request_types import Method, Next, Reply, T


@dataclass(frozen=True)
class Outgoing:
    """One message the bot sent (or edited, or a toast) while an update was handled."""

    chat_id: int | None  # None: the chat of the update (a toast answering a press)
    kind: str
    text: str | None
    message_id: int | None


_outgoing: ContextVar[list[Outgoing] | None] = ContextVar("outgoing", default=None)


def describe_message(message: Message) -> tuple[str, str | None]:
    """Kind and text of an incoming message; non-text content is described, not dropped."""
    if message.text is not None:
        is_command = message.text.startswith("/")
        return ("command" if is_command else "text"), message.text
    for kind, describe in _CONTENT:
        if content := getattr(message, kind):
            return kind, describe(content, message)
    return "other", message.caption


# Non-text content, first match wins: the attribute of Message (also the kind filed) and what
# stands for its text.
_CONTENT: tuple[tuple[str, Callable[[Any, Message], str | None]], ...] = (
    ("sticker", lambda sticker, _: sticker.emoji),
    ("photo", lambda _, message: message.caption),
    ("voice", lambda voice, _: f"{voice.duration}s"),
    ("video_note", lambda note, _: f"{note.duration}s"),
    ("video", lambda _, message: message.caption),
    ("audio", lambda audio, message: audio.title or message.caption),
    ("document", lambda document, _: document.file_name),
    ("location", lambda location, _: f"{location.latitude},{location.longitude}"),
    ("contact", lambda contact, _: contact.first_name),
    ("animation", lambda _, message: message.caption),
    ("poll", lambda poll, _: poll.question),
)


def button_label(query: CallbackQuery) -> str | None:
    """The pressed button's caption, found by its data under the message; None when the
    message is no longer accessible (too old, deleted) or its keyboard changed."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is None or query.data is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == query.data:
                return button.text
    return None


def chat_of(method: TelegramMethod[Any]) -> int | None:
    """The private chat (a user id) a call went to; None for the update's own chat."""
    chat_id = getattr(method, "chat_id", None)
    if isinstance(chat_id, int):
        return chat_id
    if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
        return int(chat_id)
    return None


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


@contextmanager
def capturing() -> Iterator[list[Outgoing]]:
    """Collect what goes out (in this task and the ones it starts) until the block ends."""
    sink: list[Outgoing] = []
    token = _outgoing.set(sink)
    try:
        yield sink
    finally:
        _outgoing.reset(token)


class OutgoingRecorder(BaseRequestMiddleware):
    """Bot API request middleware that notes outgoing messages for the transcript."""

    async def __call__(self, make_request: Next[T], bot: Bot, method: Method[T]) -> Reply[T]:
        response = await make_request(bot, method)
        sink = _outgoing.get()
        described = _describe_outgoing(method)
        if sink is not None and described is not None:
            # Typed as Response, but aiogram's session chain hands back the bare result.
            result = response.result if isinstance(response, Response) else response
            message_id = getattr(result, "message_id", None)
            sink.append(Outgoing(chat_of(method), described[0], described[1], message_id))
        return response
