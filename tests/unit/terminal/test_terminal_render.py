"""Terminal rendering: Telegram HTML parsing, ANSI/plain text, numbered buttons, CLI helpers."""

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.enums import ParseMode
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.command_line import language_from_env
from bot.i18n import I18n
from bot.terminal.buttons import ButtonBoard, InlinePress, ReplyPress
from bot.terminal.markup import EntityParseError, parse_html
from bot.terminal.render import Renderer
from bot.terminal.session import TerminalSession
from bot.terminal.style import Styler, TerminalDecoration
from bot.terminal.updates import command_entities

CHAT = 100000001


def markup(*rows: list[str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=text, callback_data=text) for text in row] for row in rows
        ]
    )


# --- Telegram HTML ----------------------------------------------------------------------------


def test_parse_html_entities() -> None:
    text, entities = parse_html(
        '<b>Bold <i>both</i></b> <tg-spoiler>s</tg-spoiler> <span class="tg-spoiler">t</span>\n'
        '<pre><code class="language-python">x = 1</code></pre>'
        "<blockquote expandable>q</blockquote> &lt;&#33;&quot;&gt;"
    )

    assert text == 'Bold both s t\nx = 1q <!">'
    assert entities == [
        {"type": "bold", "offset": 0, "length": 9},
        {"type": "italic", "offset": 5, "length": 4},
        {"type": "spoiler", "offset": 10, "length": 1},
        {"type": "spoiler", "offset": 12, "length": 1},
        {"type": "pre", "offset": 14, "length": 5, "language": "python"},
        {"type": "expandable_blockquote", "offset": 19, "length": 1},
    ]


def test_parse_html_counts_utf16_units() -> None:
    text, entities = parse_html("🚀<b>go</b>")

    assert text == "🚀go"
    assert entities == [{"type": "bold", "offset": 2, "length": 2}]


@pytest.mark.parametrize(
    "source", ["a < b", "<p>x</p>", "<b>x", "x</b>", "<b><i>x</b></i>", "<br/>", "<!-- c -->"]
)
def test_parse_html_refuses_what_telegram_refuses(source: str) -> None:
    with pytest.raises(EntityParseError):
        parse_html(source)


# --- styles -----------------------------------------------------------------------------------


def test_terminal_decoration_plain_and_ansi() -> None:
    text = "Bold and it, link"
    entities = [
        MessageEntity(type="bold", offset=0, length=4),
        MessageEntity(type="italic", offset=9, length=2),
        MessageEntity(type="text_link", offset=13, length=4, url="https://x.io"),
    ]

    plain = TerminalDecoration(Styler(color=False)).unparse(text, entities)
    ansi = TerminalDecoration(Styler(color=True)).unparse(text, entities)

    assert plain == "Bold and it, link (https://x.io)"
    assert ansi.startswith("\x1b[1mBold\x1b[22m and \x1b[3mit\x1b[23m, \x1b[4mlink\x1b[24m")
    assert "https://x.io" in ansi


# --- buttons ----------------------------------------------------------------------------------


def test_button_numbers_restart_only_when_a_new_turn_shows_buttons() -> None:
    board = ButtonBoard()
    assert board.show_inline(CHAT, 1, markup(["A", "B"])) == [[(1, "A"), (2, "B")]]
    assert board.show_inline(CHAT, 2, markup(["C"])) == [[(3, "C")]]

    board.begin_turn()
    # Nothing new shown yet: the old numbers still work.
    press = board.lookup(3)
    assert isinstance(press, InlinePress)
    assert (press.message_id, press.button.text) == (2, "C")

    assert board.show_inline(CHAT, 2, markup(["D"], ["E"])) == [[(1, "D")], [(2, "E")]]
    assert board.lookup(3) is None
    board.forget_message(CHAT, 2)
    assert [board.lookup(n) for n in (1, 2)] == [None, None]


def test_reply_keyboard_numbers() -> None:
    board = ButtonBoard()
    keyboard = ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="Yes"), KeyboardButton(text="No")]],
        one_time_keyboard=True,
    )
    assert board.show_reply(keyboard) == [[(1, "Yes"), (2, "No")]]
    press = board.lookup(2)
    assert isinstance(press, ReplyPress)
    assert (press.button.text, press.one_time) == ("No", True)
    board.forget_reply()
    assert board.lookup(1) is None


# --- the renderer, fed by a real session ------------------------------------------------------


@pytest.fixture
def screen() -> io.StringIO:
    return io.StringIO()


@pytest.fixture
async def bot(screen: io.StringIO, tmp_path: Path) -> AsyncIterator[Bot]:
    texts = I18n().get("en")
    renderer = Renderer(screen, texts, chat_id=CHAT, board=ButtonBoard(), color=False)
    session = TerminalSession(renderer, output_dir=tmp_path, first_message_id=1)
    bot = Bot(
        "42:terminal-test",
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )
    yield bot
    await bot.session.close()


async def test_messages_with_numbered_buttons(bot: Bot, screen: io.StringIO) -> None:
    sent = await bot.send_message(
        CHAT,
        "<b>Step 1</b>\n\nWho is your client?",
        reply_markup=markup(["Continue", "Start over"], ["Help"]),
    )
    await sent.edit_text("Step <i>2</i>", reply_markup=markup(["Next"]))
    await bot.edit_message_reply_markup(chat_id=CHAT, message_id=sent.message_id)

    assert screen.getvalue() == (
        "bot: Step 1\n"
        "\n"
        "     Who is your client?\n"
        "     [1] Continue  [2] Start over\n"
        "     [3] Help\n"
        "bot (edited): Step 2\n"
        "              [4] Next\n"
        '(buttons removed: "Step 2")\n'
    )


async def test_other_chats_alerts_deletions_files(
    bot: Bot, screen: io.StringIO, tmp_path: Path
) -> None:
    await bot.send_message(777, "New client", reply_markup=markup(["Open"]))
    session = bot.session
    assert isinstance(session, TerminalSession)
    session.expect_callback("q1")
    await bot.answer_callback_query("q1", text="Saved")
    session.expect_callback("q2")
    await bot.answer_callback_query("q2", text="Not yours", show_alert=True)
    photo = await bot.send_photo(
        CHAT, BufferedInputFile(b"\x89PNG...", "card.png"), caption="Card"
    )
    await bot.delete_message(CHAT, photo.message_id)

    assert screen.getvalue() == (
        "bot → chat 777: New client\n"
        "                [Open]\n"
        "(i) Saved\n"
        "(!) Not yours\n"
        f"bot: 🖼 photo saved: {(tmp_path / 'card-1.png').resolve()}\n"
        "     Card\n"
        '(the bot deleted the message "Card")\n'
    )


async def test_reply_keyboards_are_numbered_and_removed(bot: Bot, screen: io.StringIO) -> None:
    keyboard = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="Yes")]])
    await bot.send_message(CHAT, "Sure?", reply_markup=keyboard)
    await bot.send_message(CHAT, "Ok", reply_markup=ReplyKeyboardRemove())

    assert screen.getvalue() == "bot: Sure?\n     keyboard:\n     [1] Yes\nbot: Ok\n"


def test_color_output_uses_ansi_styles(tmp_path: Path) -> None:
    screen = io.StringIO()
    renderer = Renderer(screen, I18n().get("ru"), chat_id=CHAT, board=ButtonBoard(), color=True)
    renderer.notice("hint")
    assert screen.getvalue() == "\x1b[90mhint\x1b[39m\n"
    assert renderer.prompt() == "вы> "


# --- updates and CLI helpers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "length"),
    [("/start", 6), ("/start payload", 6), ("/help@vp_bot now", 12), ("hi /start", 0), ("/", 0)],
)
def test_command_entities(text: str, length: int) -> None:
    entities = command_entities(text)
    assert [entity["length"] for entity in entities] == ([length] if length else [])


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_DE"}, "de"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
    ],
)
def test_language_from_env(environ: dict[str, str], code: str | None) -> None:
    assert language_from_env(environ) == code
