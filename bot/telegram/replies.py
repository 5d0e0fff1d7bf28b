"""Sending helpers that respect Telegram's limits and its quirks."""

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardMarkup, Message

from bot.telegram.text_limits import split_message

# Telegram answers an edit that changes nothing with this error; for us it is a success.
# https://core.telegram.org/bots/api#editmessagetext
NOT_MODIFIED = "message is not modified"


async def safe_edit(
    message: Message, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Edit a bot message; "not modified" (a double tap) counts as done."""
    try:
        await message.edit_text(text, reply_markup=reply_markup)
    except TelegramBadRequest as error:
        if NOT_MODIFIED not in error.message:
            raise


async def drop_keyboard(message: Message) -> None:
    """Remove the buttons of an answered prompt so they cannot be pressed again."""
    try:
        await message.edit_reply_markup(reply_markup=None)
    except TelegramBadRequest as error:
        if NOT_MODIFIED not in error.message and "message to edit not found" not in error.message:
            raise


async def answer_long(
    message: Message, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> Message:
    """Send HTML text split at Telegram's 4096 limit; the keyboard goes on the last part."""
    parts = split_message(text)
    sent = message
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        sent = await message.answer(part, reply_markup=reply_markup if last else None)
    return sent
