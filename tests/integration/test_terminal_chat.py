"""The terminal chat loop: typed lines and numbered buttons become updates for a dispatcher."""

import argparse
import html
import importlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.enums import ParseMode
from aiogram.filters import CommandStart
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from PIL import Image

from bot.config import Settings
from bot.i18n import I18n
from bot.terminal.cli import add_chat_arguments, main_chat
from bot.terminal.loop import run_chat

USER_ID = 100000001


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=text, callback_data=data) for text, data in row]
            for row in rows
        ]
    )


@dataclass
class StandInApp:
    """The part of bot.app.App the chat uses, around a tiny dispatcher."""

    bot: Bot
    dispatcher: Dispatcher
    calls: list[str] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    callbacks: list[CallbackQuery] = field(default_factory=list)

    async def startup(self) -> None:
        self.calls.append("startup")

    async def shutdown(self) -> None:
        self.calls.append("shutdown")
        await self.dispatcher.storage.close()
        await self.bot.session.close()


def stand_in_router(app: StandInApp) -> Router:
    router = Router()

    @router.startup()
    async def on_startup() -> None:
        app.calls.append("dispatcher startup")

    @router.shutdown()
    async def on_shutdown() -> None:
        app.calls.append("dispatcher shutdown")

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        app.messages.append(message)
        name = html.escape(message.from_user.first_name if message.from_user else "")
        await message.answer(
            f"<b>Hello</b>, {name}!",
            reply_markup=keyboard([("Continue", "go"), ("Start over", "restart")]),
        )

    @router.callback_query(F.data == "go")
    async def go(callback: CallbackQuery) -> None:
        assert isinstance(callback.message, Message)
        await callback.message.edit_text(
            "Step <i>two</i>", reply_markup=keyboard([("Card", "card")], [("Silent", "silent")])
        )
        await callback.answer("Saved")

    @router.callback_query(F.data == "card")
    async def card(callback: CallbackQuery) -> None:
        assert isinstance(callback.message, Message)
        photo = BufferedInputFile(png_bytes(), filename="card.png")
        await callback.message.answer_photo(photo, caption="Your <b>card</b>")
        await callback.answer("Careful", show_alert=True)

    @router.callback_query(F.data.in_({"silent", "restart"}))
    async def silent(callback: CallbackQuery) -> None:
        """Forgets to answer the callback query."""
        app.callbacks.append(callback)

    @router.message(F.text == "boom")
    async def boom(message: Message) -> None:
        raise RuntimeError("handler failed")

    @router.message(F.text)
    async def echo(message: Message) -> None:
        app.messages.append(message)
        await message.answer(f"echo: {html.escape(message.text or '')}")

    return router


@dataclass
class StandInFactory:
    apps: list[StandInApp] = field(default_factory=list)

    def __call__(self, settings: Settings, *, session: BaseSession, token: str) -> StandInApp:
        bot = Bot(
            token=token,
            session=session,
            default=DefaultBotProperties(parse_mode=ParseMode.HTML),
        )
        app = StandInApp(bot=bot, dispatcher=Dispatcher())
        app.dispatcher.include_router(stand_in_router(app))
        self.apps.append(app)
        return app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}")


async def chat(
    settings: Settings, lines: str, output_dir: Path, factory: StandInFactory | None = None
) -> str:
    stdout = io.StringIO()
    await run_chat(
        settings,
        stdin=io.StringIO(lines),
        stdout=stdout,
        first_name="Ann",
        language_code="en",
        output_dir=output_dir,
        color=False,
        build=factory or StandInFactory(),
        token="42:terminal-test",
        first_update_id=1,
    )
    return stdout.getvalue()


async def test_start_buttons_edit_and_photo(settings: Settings, tmp_path: Path) -> None:
    factory = StandInFactory()
    output = await chat(settings, "1\n1\nhello\n/quit\n", tmp_path / "out", factory)

    assert "you> /start\nbot: Hello, Ann!\n     [1] Continue  [2] Start over\n" in output
    # "1" pressed Continue: the handler edited the message and answered the query.
    assert '→ pressed "Continue"' in output
    assert "bot (edited): Step two\n              [1] Card\n              [2] Silent\n" in output
    assert "(i) Saved" in output
    # "1" again now presses Card: the photo is saved and its path printed.
    saved = tmp_path / "out" / "card-1.png"
    assert saved.read_bytes() == png_bytes()
    assert f"photo saved: {saved.resolve()}" in output
    assert "Your card" in output
    assert "(!) Careful" in output
    assert "you> hello\nbot: echo: hello\n" in output
    assert output.rstrip().endswith("Bye!")

    app = factory.apps[0]
    assert app.calls == ["startup", "dispatcher startup", "dispatcher shutdown", "shutdown"]
    start, hello = app.messages
    assert start.text == "/start"
    assert start.entities is not None
    assert (start.entities[0].type, start.entities[0].length) == ("bot_command", 6)
    assert start.chat.id == USER_ID
    assert start.from_user is not None
    assert start.from_user.language_code == "en"
    assert hello.message_id > start.message_id


async def test_callback_carries_the_bot_message(settings: Settings, tmp_path: Path) -> None:
    factory = StandInFactory()
    output = await chat(settings, "2\n", tmp_path, factory)

    assert '→ pressed "Start over"' in output
    (callback,) = factory.apps[0].callbacks
    assert callback.data == "restart"
    assert callback.from_user.id == USER_ID
    assert isinstance(callback.message, Message)
    assert callback.message.text == "Hello, Ann!"
    assert callback.message.from_user is not None
    assert callback.message.from_user.is_bot
    assert callback.message.reply_markup is not None
    assert callback.message.message_id < factory.apps[0].messages[0].message_id + 2
    # The handler did not answer the query, and the chat says so.
    assert "did not answer the button press" in output


async def test_numbers_and_escapes(settings: Settings, tmp_path: Path) -> None:
    factory = StandInFactory()
    output = await chat(settings, "7\n\\1\n\n  \n", tmp_path, factory)

    # 7 is not a visible button, \1 is an explicit text: both reach the bot as text.
    assert "bot: echo: 7\n" in output
    assert "bot: echo: 1\n" in output
    assert [message.text for message in factory.apps[0].messages] == ["/start", "7", "1"]
    # End of input without /quit still shuts everything down.
    assert factory.apps[0].calls[-1] == "shutdown"


async def test_unanswered_callback_and_failing_handler(settings: Settings, tmp_path: Path) -> None:
    output = await chat(settings, "1\n2\nboom\nstill here\n", tmp_path)

    assert '→ pressed "Silent"' in output
    assert "did not answer the button press" in output
    assert "(error while handling this: see the log above)" in output
    assert "bot: echo: still here" in output


def _real_app_importable() -> bool:
    modules = ("bot.handlers", "bot.telegram.middlewares", "bot.db.migrate", "bot.app")
    try:
        for module in modules:
            importlib.import_module(module)
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _real_app_importable(), reason="the real app's modules do not import yet")
async def test_real_app_greets_on_start(settings: Settings, tmp_path: Path) -> None:
    stdout = io.StringIO()
    await run_chat(
        settings,
        stdin=io.StringIO("/quit\n"),
        stdout=stdout,
        first_name="Ann",
        language_code="ru",
        output_dir=tmp_path / "out",
        color=False,
    )
    output = stdout.getvalue()

    greeting = I18n().get("ru")("start-greeting", name="Ann").splitlines()[0]
    assert f"бот: {greeting}" in output
    assert "ошибка при обработке" not in output
    assert (tmp_path / "chat.db").exists()


@pytest.mark.skipif(not _real_app_importable(), reason="the real app's modules do not import yet")
async def test_cli_options_reach_the_chat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    add_chat_arguments(parser)
    database = tmp_path / "cli.db"
    args = parser.parse_args(
        [
            "--db",
            f"sqlite+aiosqlite:///{database}",
            "--lang",
            "en",
            "--name",
            "Bob",
            "--output",
            str(tmp_path / "files"),
            "--no-color",
        ]
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("/quit\n"))

    assert await main_chat(args, settings=Settings(_env_file=None)) == 0

    output = capsys.readouterr().out
    assert f"Database: sqlite+aiosqlite:///{database}" in output
    assert "bot: " + I18n().get("en")("start-greeting", name="Bob").splitlines()[0] in output
    assert "\x1b[" not in output
    assert database.exists()
