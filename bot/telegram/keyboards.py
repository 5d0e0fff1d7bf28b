"""Inline keyboard helpers."""

from collections.abc import Iterable, Sequence

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

Button = tuple[str, CallbackData | str]


def button(text: str, data: CallbackData | str) -> InlineKeyboardButton:
    packed = data.pack() if isinstance(data, CallbackData) else data
    return InlineKeyboardButton(text=text, callback_data=packed)


def inline(rows: Iterable[Sequence[Button]]) -> InlineKeyboardMarkup:
    """Keyboard from rows of (text, callback data); empty rows are dropped."""
    return InlineKeyboardMarkup(
        inline_keyboard=[[button(text, data) for text, data in row] for row in rows if row]
    )
