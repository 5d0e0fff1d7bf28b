"""Numbers for the buttons on screen, so that typing a number presses a button.

The buttons shown in reply to the user's last input are numbered from 1; they stay pressable
until the bot shows new buttons after a later input. Editing a message renumbers its buttons,
deleting it or removing its keyboard makes its numbers stale.
"""

from dataclasses import dataclass

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)


@dataclass(frozen=True)
class InlinePress:
    """An inline button of a bot message."""

    chat_id: int
    message_id: int
    button: InlineKeyboardButton


@dataclass(frozen=True)
class ReplyPress:
    """A button of the reply keyboard under the input field: pressing sends its text."""

    button: KeyboardButton
    one_time: bool


Press = InlinePress | ReplyPress
NumberedRow = list[tuple[int, str]]


class ButtonBoard:
    def __init__(self) -> None:
        self._presses: dict[int, Press] = {}
        self._next = 1
        self._fresh = True

    def begin_turn(self) -> None:
        """The user sent something: the next buttons shown start again from 1."""
        self._fresh = True

    def _take(self, press: Press) -> int:
        if self._fresh:
            self._presses.clear()
            self._next = 1
            self._fresh = False
        number = self._next
        self._next += 1
        self._presses[number] = press
        return number

    def show_inline(
        self, chat_id: int, message_id: int, markup: InlineKeyboardMarkup | None
    ) -> list[NumberedRow]:
        """Number the inline keyboard of a message (replacing its earlier numbers)."""
        self.forget_message(chat_id, message_id)
        if markup is None:
            return []
        return [
            [(self._take(InlinePress(chat_id, message_id, button)), button.text) for button in row]
            for row in markup.inline_keyboard
        ]

    def show_reply(self, markup: ReplyKeyboardMarkup) -> list[NumberedRow]:
        """Number a new reply keyboard (replacing the previous one)."""
        self.forget_reply()
        one_time = bool(markup.one_time_keyboard)
        return [
            [(self._take(ReplyPress(button, one_time)), button.text) for button in row]
            for row in markup.keyboard
        ]

    def forget_message(self, chat_id: int, message_id: int) -> None:
        message = (chat_id, message_id)
        for number, press in list(self._presses.items()):
            if isinstance(press, InlinePress) and (press.chat_id, press.message_id) == message:
                del self._presses[number]

    def forget_reply(self) -> None:
        for number, press in list(self._presses.items()):
            if isinstance(press, ReplyPress):
                del self._presses[number]

    def lookup(self, number: int) -> Press | None:
        return self._presses.get(number)
