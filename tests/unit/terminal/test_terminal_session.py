"""TerminalSession: Bot API calls answered locally with the objects Telegram would return."""

import io
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import GetChat
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    FSInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
)
from aiogram.utils.formatting import Bold, Text
from PIL import Image

from bot.terminal.events import (
    CallbackAnswered,
    Change,
    MessageDeleted,
    MessageShown,
    OutgoingEvent,
)
from bot.terminal.session import OfflineError, TerminalSession

CHAT = 100000001


def png_bytes(width: int = 8, height: int = 6) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def keyboard(*texts: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=text, callback_data=text) for text in texts]]
    )


def dump(value: TelegramObject | Sequence[TelegramObject] | None) -> object:
    """Comparable form: aiogram objects also compare the bot they are bound to."""
    if isinstance(value, Sequence):
        return [item.model_dump(exclude_none=True) for item in value]
    return None if value is None else value.model_dump(exclude_none=True)


@pytest.fixture
def events() -> list[OutgoingEvent]:
    return []


@pytest.fixture
def session(events: list[OutgoingEvent], tmp_path: Path) -> TerminalSession:
    return TerminalSession(events.append, output_dir=tmp_path / "out", first_message_id=1)


@pytest.fixture
async def bot(session: TerminalSession) -> AsyncIterator[Bot]:
    bot = Bot(
        token="42:terminal-test",
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )
    yield bot
    await bot.session.close()


async def test_send_message_returns_a_message_parsed_like_telegram(
    bot: Bot, events: list[OutgoingEvent]
) -> None:
    first = await bot.send_message(
        CHAT, "<b>Hi</b> 👋 <i>there</i> &amp; <a href='https://x.io'>x</a>"
    )
    second = await bot.send_message(CHAT, "Next", reply_markup=keyboard("Yes", "No"))

    assert isinstance(first, Message)
    assert (first.message_id, second.message_id) == (1, 2)
    assert first.chat.id == CHAT
    assert first.chat.type == "private"
    assert first.from_user is not None
    assert first.from_user.id == 42
    assert first.from_user.is_bot
    assert first.date.tzinfo is not None
    assert first.text == "Hi 👋 there & x"
    # Offsets count UTF-16 code units: the emoji is two of them.
    assert [(e.type, e.offset, e.length) for e in first.entities or []] == [
        ("bold", 0, 2),
        ("italic", 6, 5),
        ("text_link", 14, 1),
    ]
    assert first.entities is not None
    assert first.entities[2].url == "https://x.io"
    assert dump(second.reply_markup) == dump(keyboard("Yes", "No"))
    assert first.bot is bot  # bound, so shortcuts like message.edit_text() work
    assert [type(event) for event in events] == [MessageShown, MessageShown]


async def test_explicit_entities_are_kept(bot: Bot) -> None:
    message = await bot.send_message(CHAT, **Text("a ", Bold("<b>")).as_kwargs())

    assert message.text == "a <b>"
    assert dump(message.entities) == [{"type": "bold", "offset": 2, "length": 3}]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("a < b", "can't parse entities"),
        ("<b>open", "can't parse entities"),
        ("line<br>break", 'Unsupported start tag "br"'),
        ("<b>x</i>", "can't parse entities"),
        ("<b> </b>", "message text is empty"),
        ("я" * 4097, "message is too long"),
    ],
)
async def test_requests_telegram_would_refuse_raise(bot: Bot, text: str, error: str) -> None:
    with pytest.raises(TelegramBadRequest, match=error):
        await bot.send_message(CHAT, text)


async def test_too_long_callback_data_is_refused(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(CHAT, "x", reply_markup=keyboard("x" * 65))


async def test_edit_message_text(bot: Bot, events: list[OutgoingEvent]) -> None:
    sent = await bot.send_message(CHAT, "Question", reply_markup=keyboard("A"))
    edited = await sent.edit_text("Answer <b>saved</b>", reply_markup=keyboard("Next"))

    assert isinstance(edited, Message)
    assert edited.message_id == sent.message_id
    assert edited.text == "Answer saved"
    assert edited.edit_date is not None
    assert dump(edited.reply_markup) == dump(keyboard("Next"))
    shown = events[-1]
    assert isinstance(shown, MessageShown)
    assert shown.change is Change.EDITED

    # Like Telegram: no reply_markup removes the keyboard, identical content is refused.
    plain = await bot.edit_message_text(
        "Answer <b>saved</b>", chat_id=CHAT, message_id=sent.message_id
    )
    assert isinstance(plain, Message)
    assert plain.reply_markup is None
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            "Answer <b>saved</b>", chat_id=CHAT, message_id=sent.message_id
        )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=999)


async def test_edit_markup_and_caption(bot: Bot, events: list[OutgoingEvent]) -> None:
    sent = await bot.send_message(CHAT, "Pick", reply_markup=keyboard("A"))
    cleared = await bot.edit_message_reply_markup(chat_id=CHAT, message_id=sent.message_id)
    assert isinstance(cleared, Message)
    assert cleared.reply_markup is None
    assert isinstance(events[-1], MessageShown)
    assert events[-1].change is Change.MARKUP
    with pytest.raises(TelegramBadRequest, match="no caption"):
        await bot.edit_message_caption(chat_id=CHAT, message_id=sent.message_id, caption="c")

    photo = await bot.send_photo(CHAT, BufferedInputFile(png_bytes(), "p.png"), caption="old")
    recaptioned = await bot.edit_message_caption(
        chat_id=CHAT, message_id=photo.message_id, caption="<b>new</b>"
    )
    assert isinstance(recaptioned, Message)
    assert recaptioned.caption == "new"
    assert dump(recaptioned.photo) == dump(photo.photo)


async def test_user_messages_cannot_be_edited(bot: Bot, session: TerminalSession) -> None:
    session.record(
        {
            "message_id": session.next_message_id(),
            "date": session.now(),
            "chat": {"id": CHAT, "type": "private"},
            "from": {"id": CHAT, "is_bot": False, "first_name": "Ann"},
            "text": "mine",
        }
    )
    with pytest.raises(TelegramBadRequest, match="can't be edited"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=1)


async def test_send_photo_saves_the_file(
    bot: Bot, events: list[OutgoingEvent], tmp_path: Path
) -> None:
    data = png_bytes(12, 9)
    message = await bot.send_photo(
        CHAT, BufferedInputFile(data, "card.png"), caption="Your <b>card</b>"
    )

    saved = tmp_path / "out" / "card-1.png"
    assert saved.read_bytes() == data
    assert message.photo is not None
    (size,) = message.photo
    assert (size.width, size.height, size.file_size) == (12, 9, len(data))
    assert message.caption == "Your card"
    assert dump(message.caption_entities) == [{"type": "bold", "offset": 5, "length": 4}]
    shown = events[-1]
    assert isinstance(shown, MessageShown)
    assert shown.file is not None
    assert shown.file.path == saved

    # Sending the same file id again refers to the saved file; nothing new is written.
    again = await bot.send_photo(CHAT, size.file_id)
    assert again.photo is not None
    assert again.photo[0].file_id == size.file_id
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["card-1.png"]


async def test_files_never_overwrite_earlier_ones(bot: Bot, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "card-1.png").write_bytes(b"from an earlier run")
    await bot.send_photo(CHAT, BufferedInputFile(png_bytes(), "card.png"))

    assert (tmp_path / "out" / "card-1.png").read_bytes() == b"from an earlier run"
    assert (tmp_path / "out" / "card-2.png").read_bytes() == png_bytes()


async def test_send_document_from_disk(bot: Bot, tmp_path: Path) -> None:
    source = tmp_path / "export.md"
    source.write_text("# VP\n", encoding="utf-8")
    message = await bot.send_document(CHAT, FSInputFile(source), caption="Export")

    assert message.document is not None
    assert message.document.file_name == "export.md"
    assert (tmp_path / "out" / "export-1.md").read_text(encoding="utf-8") == "# VP\n"


async def test_callback_answers(
    bot: Bot, session: TerminalSession, events: list[OutgoingEvent]
) -> None:
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query("unknown")

    session.expect_callback("7")
    assert not session.callback_answered("7")
    assert await bot.answer_callback_query("7", text="Saved", show_alert=True) is True
    assert session.callback_answered("7")
    assert events[-1] == CallbackAnswered(query_id="7", text="Saved", show_alert=True, url=None)


async def test_delete_forward_and_copy(bot: Bot, events: list[OutgoingEvent]) -> None:
    sent = await bot.send_message(CHAT, "<b>Note</b>", reply_markup=keyboard("A"))
    forwarded = await bot.forward_message(555, CHAT, sent.message_id)
    copied = await bot.copy_message(555, CHAT, sent.message_id)

    assert forwarded.chat.id == 555
    assert forwarded.text == "Note"
    assert forwarded.forward_origin is not None
    assert copied.message_id == forwarded.message_id + 1

    assert await bot.delete_message(CHAT, sent.message_id) is True
    deleted = events[-1]
    assert isinstance(deleted, MessageDeleted)
    assert deleted.message.text == "Note"
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(CHAT, sent.message_id)
    assert await bot.delete_messages(CHAT, [sent.message_id, forwarded.message_id]) is True


async def test_service_methods(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 42
    assert me.is_bot
    assert await bot.set_my_commands([BotCommand(command="start", description="Start")])
    assert await bot.send_chat_action(CHAT, "typing")
    assert await bot.delete_webhook()
    with pytest.raises(TelegramBadRequest, match="not available in the terminal chat"):
        await bot(GetChat(chat_id=CHAT))


async def test_no_downloads_and_close(session: TerminalSession) -> None:
    with pytest.raises(OfflineError):
        async for _chunk in session.stream_content("https://example.com/file"):
            pass
    await session.close()
    assert session.closed
