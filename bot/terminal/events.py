"""What the terminal session reports to the screen: messages shown, deleted, button answers."""

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from aiogram.types import (
    ForceReply,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.terminal.files import SavedFile

AnyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply


class Change(Enum):
    SENT = "sent"
    EDITED = "edited"
    # Only the inline keyboard changed (editMessageReplyMarkup).
    MARKUP = "markup"


@dataclass(frozen=True)
class MessageShown:
    """A bot message was sent or edited; ``message`` is what Telegram would return."""

    message: Message
    change: Change = Change.SENT
    # The markup the bot passed: reply keyboards are not part of the returned Message.
    markup: AnyMarkup | None = None
    file: SavedFile | None = None


@dataclass(frozen=True)
class MessageDeleted:
    message: Message


@dataclass(frozen=True)
class CallbackAnswered:
    query_id: str
    text: str | None
    show_alert: bool
    url: str | None


OutgoingEvent = MessageShown | MessageDeleted | CallbackAnswered
EventHandler = Callable[[OutgoingEvent], None]
