"""Prints what the bot does: messages with numbered buttons, edits, deletions, button answers."""

from pathlib import Path
from typing import TextIO

from aiogram.types import Message, ReplyKeyboardMarkup, ReplyKeyboardRemove

from bot.i18n import Translator
from bot.terminal.buttons import ButtonBoard, NumberedRow
from bot.terminal.events import (
    CallbackAnswered,
    Change,
    MessageDeleted,
    MessageShown,
    OutgoingEvent,
)
from bot.terminal.files import SavedFile
from bot.terminal.style import BOLD, CYAN, GREY, YELLOW, Styler, TerminalDecoration

PREVIEW_LENGTH = 40


def display_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it, else absolute."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path.cwd()))
    except ValueError:
        return str(resolved)


def preview(message: Message) -> str:
    text = " ".join((message.text or message.caption or "").split())
    return text if len(text) <= PREVIEW_LENGTH else f"{text[: PREVIEW_LENGTH - 1]}…"


class Renderer:
    """Receives the session's events and writes them to ``out``; numbers buttons on ``board``."""

    def __init__(
        self,
        out: TextIO,
        texts: Translator,
        *,
        chat_id: int,
        board: ButtonBoard,
        color: bool = False,
    ) -> None:
        self.out, self.texts, self.chat_id, self.board = out, texts, chat_id, board
        self.style = Styler(color=color)
        self.decoration = TerminalDecoration(self.style)

    # --- plain lines ---------------------------------------------------------------------------

    def write(self, text: str = "") -> None:
        self.out.write(f"{text}\n")
        self.out.flush()

    def notice(self, text: str) -> None:
        self.write(self.style(text, GREY))

    def prompt(self) -> str:
        return f"{self.texts('terminal-you')}> "

    # --- events --------------------------------------------------------------------------------

    def __call__(self, event: OutgoingEvent) -> None:
        match event:
            case MessageShown():
                self.show(event)
            case MessageDeleted():
                self.board.forget_message(event.message.chat.id, event.message.message_id)
                self.notice(self.texts("terminal-deleted", preview=preview(event.message)))
            case CallbackAnswered():
                self.callback_answer(event)

    def callback_answer(self, event: CallbackAnswered) -> None:
        if event.text:
            if event.show_alert:
                self.write(self.style(f"(!) {event.text}", BOLD, YELLOW))
            else:
                self.notice(f"(i) {event.text}")
        if event.url:
            self.notice(self.texts("terminal-callback-link", url=event.url))

    def show(self, event: MessageShown) -> None:
        message = event.message
        own = message.chat.id == self.chat_id
        if event.change is Change.MARKUP and message.reply_markup is None:
            self.board.forget_message(message.chat.id, message.message_id)
            self.notice(self.texts("terminal-keyboard-removed", preview=preview(message)))
            return
        lines = self._body(event)
        lines.extend(self._keyboards(event, own=own))
        chat = str(message.chat.id)
        label = self.texts("terminal-bot") if own else self.texts("terminal-to-chat", chat=chat)
        if event.change is not Change.SENT:
            label = f"{label} {self.texts('terminal-edited')}"
        indent = " " * (len(label) + 2)
        first, *rest = lines or [""]
        self.write(f"{self.style(label, BOLD)}: {first}")
        for line in rest:
            self.write(f"{indent}{line}" if line else "")

    def _body(self, event: MessageShown) -> list[str]:
        message = event.message
        lines = [self._file_line(event.file)] if event.file else []
        if event.change is Change.MARKUP:
            lines.append(self.style(preview(message), GREY))
        elif (text := message.caption if message.text is None else message.text) is not None:
            entities = message.entities if message.text is not None else message.caption_entities
            lines.extend(self.decoration.unparse(text, entities).split("\n"))
        if not lines:
            lines.append(self.texts("terminal-no-text", type=str(message.content_type)))
        return lines

    def _file_line(self, saved: SavedFile) -> str:
        if saved.path is None:
            return self.texts("terminal-file-offline", reference=saved.reference)
        key = "terminal-photo-saved" if saved.kind == "photo" else "terminal-file-saved"
        return self.texts(key, path=self.style(display_path(saved.path), BOLD))

    # --- keyboards -----------------------------------------------------------------------------

    def _keyboards(self, event: MessageShown, *, own: bool) -> list[str]:
        message = event.message
        markup = message.reply_markup
        if not own:
            # Buttons in someone else's chat are shown but cannot be pressed from here.
            buttons = markup.inline_keyboard if markup else []
            return ["  ".join(f"[{button.text}]" for button in row) for row in buttons]
        lines = self._numbered(self.board.show_inline(message.chat.id, message.message_id, markup))
        if isinstance(event.markup, ReplyKeyboardMarkup):
            rows = self.board.show_reply(event.markup)
            lines.append(self.style(self.texts("terminal-reply-keyboard"), GREY))
            lines.extend(self._numbered(rows))
        elif isinstance(event.markup, ReplyKeyboardRemove):
            self.board.forget_reply()
        return lines

    def _numbered(self, rows: list[NumberedRow]) -> list[str]:
        return [
            "  ".join(f"{self.style(f'[{number}]', BOLD, CYAN)} {text}" for number, text in row)
            for row in rows
        ]
