"""The terminal chat: the real dispatcher fed with updates typed by the user."""

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.types import Update
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.i18n import I18n
from bot.terminal.buttons import ButtonBoard, InlinePress, Press, ReplyPress
from bot.terminal.files import DEFAULT_OUTPUT_DIR
from bot.terminal.reader import LineReader
from bot.terminal.render import Renderer, display_path
from bot.terminal.session import TerminalSession
from bot.terminal.style import supports_color
from bot.terminal.updates import TerminalUser, UpdateFactory

if TYPE_CHECKING:
    from aiogram import Bot, Dispatcher

log = logging.getLogger(__name__)

DEFAULT_USER_ID = 100000001
QUIT_COMMANDS = frozenset({"/quit", "/exit"})


class ChatApp(Protocol):
    """What the chat needs of ``bot.app.App``."""

    @property
    def bot(self) -> "Bot": ...

    @property
    def dispatcher(self) -> "Dispatcher": ...

    async def startup(self) -> None: ...

    async def shutdown(self) -> None: ...


class AppFactory(Protocol):
    """``bot.app.build_app`` (tests pass a smaller stand-in)."""

    def __call__(self, settings: Settings, *, session: BaseSession, token: str) -> ChatApp: ...


@dataclass
class TerminalChat:
    """Turns the user's lines into updates and feeds them to the dispatcher."""

    app: ChatApp
    session: TerminalSession
    renderer: Renderer
    board: ButtonBoard
    updates: UpdateFactory

    def _notice(self, key: str, **kwargs: str) -> None:
        self.renderer.notice(self.renderer.texts(key, **kwargs))

    async def run(self, reader: LineReader) -> None:
        """/start first, then line after line until /quit or the end of input."""
        self.renderer.write(f"{self.renderer.prompt()}/start")
        await self.send_text("/start")
        while (line := await reader.read(self.renderer.prompt())) is not None:
            text = line.strip()
            if not text:
                continue
            if text.lower() in QUIT_COMMANDS:
                break
            await self.handle(text)
        self.renderer.write(self.renderer.texts("terminal-bye"))

    async def handle(self, text: str) -> None:
        """A number presses a visible button, ``\\text`` sends ``text`` as is, the rest is text."""
        if text.isascii() and text.isdigit() and (press := self.board.lookup(int(text))):
            await self.press(press)
            return
        if text.startswith("\\") and len(text) > 1:
            text = text[1:]
        await self.send_text(text)

    async def send_text(self, text: str) -> None:
        self.board.begin_turn()
        await self.feed(self.updates.text(text))

    async def press(self, press: Press) -> None:
        if isinstance(press, ReplyPress):
            if press.one_time:
                self.board.forget_reply()
            self._notice("terminal-pressed", text=press.button.text)
            await self.send_text(press.button.text)
            return
        await self._press_inline(press)

    async def _press_inline(self, press: InlinePress) -> None:
        button = press.button
        if button.callback_data is None:
            if button.url:
                self._notice("terminal-button-link", url=button.url)
            else:
                self._notice("terminal-button-unsupported", text=button.text)
            return
        message = self.session.get_message(self.app.bot, press.chat_id, press.message_id)
        if message is None:
            self._notice("terminal-button-gone")
            return
        self._notice("terminal-pressed", text=button.text)
        self.board.begin_turn()
        query_id, update = self.updates.callback(message, button.callback_data)
        await self.feed(update)
        if not self.session.callback_answered(query_id):
            self._notice("terminal-callback-unanswered")

    async def feed(self, update: Update) -> None:
        """Like polling: the dispatcher handles the update; a returned method is sent."""
        bot = self.app.bot
        try:
            result = await self.app.dispatcher.feed_update(bot, update)
            if isinstance(result, TelegramMethod):
                await bot(result)
        except BrokenPipeError:
            raise  # the screen is gone: nothing left to chat with
        except Exception:
            log.exception("Update %s failed", update.update_id)
            self._notice("terminal-error")


async def _emit(app: ChatApp, *, startup: bool) -> None:
    """The dispatcher's startup/shutdown hooks, with the arguments polling gives them."""
    dispatcher = app.dispatcher
    data = {key: value for key, value in dispatcher.workflow_data.items() if key != "bot"}
    data.update(dispatcher=dispatcher, bots=[app.bot])
    emit = dispatcher.emit_startup if startup else dispatcher.emit_shutdown
    await emit(bot=app.bot, **data)


async def run_chat(
    settings: Settings,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    user_id: int = DEFAULT_USER_ID,
    first_name: str | None = None,
    language_code: str | None = None,
    output_dir: Path = DEFAULT_OUTPUT_DIR,
    color: bool | None = None,
    build: AppFactory | None = None,
    token: str | None = None,
    first_update_id: int | None = None,
) -> None:
    """Chat with the bot in a terminal until /quit or the end of input.

    ``language_code`` is what Telegram would report for the user (e.g. from ``--lang`` or
    ``LANG``); the intro uses the language the bot would pick from it. ``build``/``token``
    replace ``bot.app.build_app``/``OFFLINE_TOKEN`` (tests).
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if build is None:
        # Imported here: the composition root pulls in every router and the database layer.
        from bot.app import OFFLINE_TOKEN, build_app  # noqa: PLC0415

        build, token = build_app, token or OFFLINE_TOKEN
    i18n = I18n(default=settings.default_language)
    texts = i18n.get(i18n.pick_language(language_code))
    board = ButtonBoard()
    use_color = supports_color(stdout) if color is None else color
    renderer = Renderer(stdout, texts, chat_id=user_id, board=board, color=use_color)
    session = TerminalSession(renderer, output_dir=output_dir)
    app = build(settings, session=session, token=token or "1:offline")
    user = TerminalUser(user_id, first_name or texts("terminal-default-name"), language_code)
    updates = UpdateFactory(app.bot, session, user, first_update_id=first_update_id)
    chat = TerminalChat(app, session, renderer, board, updates)
    reader = LineReader(stdin, stdout)
    started = False
    try:
        await app.startup()
        await _emit(app, startup=True)
        started = True
        database = make_url(settings.database_url).render_as_string(hide_password=True)
        intro = texts("terminal-intro", database=database, output=display_path(output_dir))
        renderer.notice(intro)
        renderer.write()
        await chat.run(reader)
    finally:
        reader.close()
        try:
            if started:
                await _emit(app, startup=False)
        finally:
            await app.shutdown()
