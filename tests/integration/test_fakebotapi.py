"""The fake Bot API server, driven by a real aiogram Bot over HTTP."""

import asyncio
from collections.abc import AsyncIterator
from io import BytesIO
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from tests.fakebotapi import (
    FakeBotAPI,
    FakeUser,
    buttons,
    find_button,
    parse_html,
    run_polling,
    sample_png,
    utf16_len,
)

USER = FakeUser(id=1001, first_name="Анна", username="anna")
OTHER = FakeUser(id=1002, first_name="Boris", language_code="en")


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs]
    )


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    bot = Bot(
        api.token,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )
    yield bot
    await bot.session.close()


@pytest.fixture
def chat(api: FakeBotAPI) -> int:
    """USER has written to the bot, so the bot may message them (as in Telegram)."""
    api.send_text(USER, "hi")
    return USER.id


async def raw_post(api: FakeBotAPI, method: str, token: str | None = None, **data: Any) -> Any:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{api.base_url}/bot{token or api.token}/{method}", data=data) as resp,
    ):
        return resp.status, await resp.json()


async def test_get_me(bot: Bot, api: FakeBotAPI) -> None:
    me = await bot.get_me()
    assert me.id == api.bot_user["id"] == int(api.token.split(":")[0])
    assert me.is_bot
    assert me.username == api.bot_user["username"]


async def test_bad_token_and_unknown_method(api: FakeBotAPI) -> None:
    assert await raw_post(api, "getMe", token="not-a-token") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert await raw_post(api, "getMe", token="42:another-bot") == (200, await_ok(api))
    status, body = await raw_post(api, "sendTelepathy")
    assert (status, body["description"]) == (404, "Not Found")


def await_ok(api: FakeBotAPI) -> dict[str, Any]:
    return {"ok": True, "result": api.bot_user}


async def test_send_edit_and_not_modified(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    sent = await bot.send_message(
        chat, "<b>Привет</b>, мир", reply_markup=keyboard(("Да", "yes"), ("Нет", "no"))
    )
    message = api.last_message(chat)
    assert message.message_id == sent.message_id
    assert message.text == "<b>Привет</b>, мир"
    assert message.parse_mode == "HTML"
    assert message.plain_text == sent.text == "Привет, мир"
    assert message.entities == ({"offset": 0, "length": 6, "type": "bold"},)
    assert buttons(message) == [("Да", "yes"), ("Нет", "no")]
    assert find_button(message, "Не").callback_data == "no"
    assert sent.reply_markup is not None

    await bot.edit_message_text(
        "<i>Пока</i>", chat_id=chat, message_id=sent.message_id, reply_markup=keyboard(("Ok", "k"))
    )
    assert message.plain_text == "Пока"
    assert message.edit_count == 1
    assert message.history[0].plain_text == "Привет, мир"
    assert buttons(message) == [("Ok", "k")]

    with pytest.raises(TelegramBadRequest, match="message is not modified: specified new"):
        await bot.edit_message_text(
            "<em>Пока</em>",  # same visible text and entities
            chat_id=chat,
            message_id=sent.message_id,
            reply_markup=keyboard(("Ok", "k")),
        )
    # Without reply_markup the keyboard goes away: that is a modification.
    await bot.edit_message_text("<i>Пока</i>", chat_id=chat, message_id=sent.message_id)
    assert buttons(message) == []
    await bot.edit_message_reply_markup(
        chat_id=chat, message_id=sent.message_id, reply_markup=keyboard(("Again", "a"))
    )
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(
            chat_id=chat, message_id=sent.message_id, reply_markup=keyboard(("Again", "a"))
        )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=chat, message_id=999)
    assert [c.method for c in api.errors] == [
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageText",
    ]


async def test_html_is_validated_like_telegram(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    with pytest.raises(TelegramBadRequest, match='parse entities: Unsupported start tag ""'):
        await bot.send_message(chat, "a < b")
    with pytest.raises(TelegramBadRequest, match='Unsupported start tag "br/"'):
        await bot.send_message(chat, "line<br/>line")
    with pytest.raises(TelegramBadRequest, match='end tag corresponding to start tag "b"'):
        await bot.send_message(chat, "<b>bold")
    with pytest.raises(TelegramBadRequest, match="Unmatched end tag"):
        await bot.send_message(chat, "<b><i>x</b></i>")
    await bot.send_message(chat, "a &lt; b &amp;&amp; <tg-spoiler>c</tg-spoiler> &nbsp;")
    assert api.last_message(chat).plain_text == "a < b && c &nbsp;"
    # Without a parse mode the text is taken literally.
    await bot.send_message(chat, "a < b", parse_mode=None)
    assert api.last_message(chat).plain_text == "a < b"
    assert parse_html('<pre><code class="language-py">x</code></pre>').entities == (
        {"offset": 0, "length": 1, "type": "pre", "language": "py"},
    )


async def test_text_length_counts_visible_utf16(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    await bot.send_message(chat, "x" * 4096)
    await bot.send_message(chat, "<b>" + "x" * 4096 + "</b>")  # tags are not counted
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(chat, "x" * 4097)
    emoji = "😀" * 2048
    assert utf16_len(emoji) == 4096
    await bot.send_message(chat, emoji)
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(chat, emoji + "😀")
    for empty in ("", "   \n", "<b></b>"):
        with pytest.raises(TelegramBadRequest, match="message text is empty"):
            await bot.send_message(chat, empty)
    await bot.send_message(chat, "  padded \n")
    assert api.last_message(chat).plain_text == "padded"


async def test_callback_data_and_button_rules(bot: Bot, chat: int) -> None:
    await bot.send_message(chat, "ok", reply_markup=keyboard(("a", "d" * 64)))
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(chat, "no", reply_markup=keyboard(("a", "d" * 65)))
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(chat, "no", reply_markup=keyboard(("a", "я" * 33)))  # 66 bytes
    with pytest.raises(TelegramBadRequest, match="Text buttons are unallowed"):
        await bot.send_message(
            chat,
            "no",
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[[InlineKeyboardButton(text="plain")]]
            ),
        )
    with pytest.raises(TelegramBadRequest, match="exactly one of"):
        await bot.send_message(
            chat,
            "no",
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[
                    [InlineKeyboardButton(text="x", callback_data="x", url="https://e.com")]
                ]
            ),
        )


async def test_photo_and_document_uploads(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    png = sample_png(120, 80)
    sent = await bot.send_photo(
        chat, BufferedInputFile(png, "card.png"), caption="<b>Карточка</b>"
    )
    message = api.last_message(chat)
    assert message.photo == png
    assert message.photo_filename == "card.png"
    assert message.photo_size == (120, 80)
    assert message.plain_text == "Карточка"
    assert sent.photo is not None
    assert (sent.photo[-1].width, sent.photo[-1].height) == (120, 80)

    downloaded = BytesIO()
    await bot.download(sent.photo[-1].file_id, destination=downloaded)
    assert downloaded.getvalue() == png
    await bot.send_photo(chat, sent.photo[-1].file_id)  # resend by file_id
    assert api.last_message(chat).photo == png

    with pytest.raises(TelegramBadRequest, match="IMAGE_PROCESS_FAILED"):
        await bot.send_photo(chat, BufferedInputFile(b"not an image", "x.png"))
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.send_photo(chat, BufferedInputFile(png, "p.png"), caption="x" * 1025)

    await bot.send_document(chat, BufferedInputFile(b"name;score\n", "export.csv"), caption="ok")
    document = api.last_message(chat)
    assert (document.document, document.document_filename) == (b"name;score\n", "export.csv")
    assert document.kind == "document"


async def test_unknown_and_missing_parameters(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    with pytest.raises(TelegramBadRequest, match="unknown parameter not_in_bot_api"):
        await bot(SendMessage(chat_id=chat, text="x", not_in_bot_api=True))
    status, body = await raw_post(api, "sendMessage", text="hello")
    assert (status, body["description"]) == (400, "Bad Request: chat_id is empty")
    status, body = await raw_post(api, "sendMessage", chat_id="424242", text="hello")
    assert body["description"] == "Bad Request: chat not found"


async def test_long_polling_dispatcher(bot: Bot, api: FakeBotAPI) -> None:
    router = Router()

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"echo: {message.text}", reply_markup=keyboard(("Подробнее", "more")))

    @router.callback_query(F.data == "more")
    async def more(callback: CallbackQuery) -> None:
        await callback.answer("готово")
        assert isinstance(callback.message, Message)
        await callback.message.edit_text("подробно")

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    async with run_polling(api, dispatcher, bot):
        api.send_text(USER, "привет")
        api.send_text(OTHER, "hello")
        [reply] = await api.wait_for_messages(USER.id)
        assert reply.plain_text == "echo: привет"
        [other] = await api.wait_for_messages(OTHER.id)
        assert other.plain_text == "echo: hello"

        update = api.press_button(USER, reply, "Подробнее")
        answer = await api.wait_callback_answer(update)
        assert (answer.text, answer.show_alert) == ("готово", False)
        await api.wait_until(lambda: reply.plain_text == "подробно", what="edit")
        assert api.unanswered_callbacks() == []
        api.press(USER, reply, "forged-data", forged=True)  # no handler: stays unanswered
        await api.wait_idle()
        assert [r.data for r in api.unanswered_callbacks()] == ["forged-data"]
    # DefaultBotProperties(parse_mode=HTML) reaches the server as a form field.
    assert api.calls_of("sendMessage")[0].params["parse_mode"] == "HTML"
    assert api.errors == []


async def test_html_escaping_mistake_is_caught(bot: Bot, api: FakeBotAPI) -> None:
    router = Router()

    @router.message(F.text)
    async def echo(message: Message) -> None:
        try:
            await message.answer(f"<b>{message.text}</b>")  # user text not escaped: a bug
        except TelegramBadRequest:
            await message.answer("sorry")

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    async with run_polling(api, dispatcher, bot):
        api.send_text(USER, "x < y")
        [reply] = await api.wait_for_messages(USER.id)
    assert reply.plain_text == "sorry"
    assert [c.description for c in api.errors] == [
        'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 5'
    ]


async def test_callback_answers(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    sent = await bot.send_message(chat, "pick", reply_markup=keyboard(("A", "a")))
    update = api.press(USER, sent.message_id, "a")
    query_id = update["callback_query"]["id"]
    assert update["callback_query"]["message"]["message_id"] == sent.message_id
    with pytest.raises(TelegramBadRequest, match="MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(query_id, text="x" * 201)
    await bot.answer_callback_query(query_id, text="ok", show_alert=True)
    assert api.callback(query_id).answer is not None
    with pytest.raises(TelegramBadRequest, match="query is too old and response timeout"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(TelegramBadRequest, match="query ID is invalid"):
        await bot.answer_callback_query("12345")
    with pytest.raises(AssertionError, match="no button with data"):
        api.press(USER, sent.message_id, "zzz")


async def test_get_updates_offset_limit_timeout(bot: Bot, api: FakeBotAPI) -> None:
    first = api.send_text(USER, "one")
    api.send_command(USER, "/start", payload="ref42")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [first["update_id"], first["update_id"] + 1]
    assert updates[1].message is not None
    assert updates[1].message.text == "/start ref42"
    assert [u.update_id for u in await bot.get_updates(limit=1)] == [first["update_id"]]
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == []

    loop = asyncio.get_running_loop()
    loop.call_later(0.2, api.send_sticker, USER)
    started = loop.time()
    [sticker] = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=5)
    assert sticker.message is not None
    assert sticker.message.sticker is not None
    assert loop.time() - started < 2
    started = loop.time()
    assert await bot.get_updates(offset=sticker.update_id + 1, timeout=1) == []
    assert loop.time() - started >= 0.9
    for action in (api.send_photo, api.send_voice, api.send_document, api.send_location):
        action(USER)
    kinds = await bot.get_updates(offset=sticker.update_id + 1, timeout=0)
    assert [
        bool(u.message and (u.message.photo or u.message.voice or u.message.document))
        for u in kinds
    ] == [True, True, True, False]


async def test_fault_injection_and_blocking(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    api.fail_next("sendMessage", status=429, retry_after=3)
    with pytest.raises(TelegramRetryAfter) as retry:
        await bot.send_message(chat, "x")
    assert retry.value.retry_after == 3
    api.fail_next("sendMessage", status=403)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(chat, "x")
    api.fail_next("*", status=502, count=2)
    for _ in range(2):
        with pytest.raises(TelegramServerError, match="Bad Gateway"):
            await bot.send_chat_action(chat, "typing")
    await bot.send_message(chat, "now it works")

    api.block_bot(USER)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(chat, "x")
    api.send_text(USER, "/start")  # writing again unblocks
    await bot.send_message(chat, "welcome back")
    assert api.errors == []  # injected faults and blocks are not the bot's mistakes
    kinds = [next(k for k in u if k != "update_id") for u in api.updates]
    assert kinds == ["message", "my_chat_member", "my_chat_member", "message"]


async def test_send_rate_recording_and_limit(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    for n in range(3):
        await bot.send_message(chat, f"burst {n}")
    assert api.max_sends_in_window(chat, 1.0) == 3
    api.set_rate_limit(1, window=1.0, retry_after=1)
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(chat, "too fast")
    api.set_rate_limit(None)
    await bot.send_message(chat, "fine again")


async def test_commands_actions_and_deletion(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    await bot.set_my_commands(
        [BotCommand(command="start", description="Начать")], language_code="ru"
    )
    assert [c.command for c in await bot.get_my_commands(language_code="ru")] == ["start"]
    assert await bot.get_my_commands() == []
    assert api.my_commands(language_code="ru") == [{"command": "start", "description": "Начать"}]
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Start", description="x")])

    await bot.send_chat_action(chat, "typing")
    assert api.chat_actions(chat) == ["typing"]
    sent = await bot.send_message(chat, "temporary")
    assert await bot.delete_message(chat, sent.message_id)
    assert api.last_message(chat).deleted
    assert api.messages(chat, include_deleted=False) == []
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(chat, sent.message_id)
    assert await bot.delete_webhook()
    assert await bot.close()


async def test_wait_for_messages_cursor(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    await bot.send_message(chat, "one")
    await bot.send_message(chat, "two")
    assert [m.plain_text for m in await api.wait_for_messages(chat, count=2)] == ["one", "two"]
    assert await api.wait_for_messages(chat, count=0, settle=0.05) == []
    with pytest.raises(AssertionError, match="expected 1 new message"):
        await api.wait_for_messages(chat, timeout=0.2)


async def test_caption_edit_and_file_ids(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    sent = await bot.send_photo(chat, BufferedInputFile(sample_png(), "p.png"), caption="old")
    with pytest.raises(TelegramBadRequest, match="there is no text in the message to edit"):
        await bot.edit_message_text("new", chat_id=chat, message_id=sent.message_id)
    await bot.edit_message_caption(chat_id=chat, message_id=sent.message_id, caption="new")
    message = api.last_message(chat)
    assert (message.caption, message.plain_text, message.edit_count) == ("new", "new", 1)

    sticker = api.register_file(b"RIFF", "sticker", file_id="CAACAgIAAxkBAAFake")
    await bot.send_sticker(chat, sticker.file_id)
    assert api.last_message(chat).kind == "sticker"
    with pytest.raises(TelegramBadRequest, match="wrong file identifier/HTTP URL specified"):
        await bot.send_sticker(chat, "CAACAgIAAxkBAAUnknown")
    with pytest.raises(TelegramBadRequest, match="can't use file of type Sticker as Photo"):
        await bot.send_photo(chat, sticker.file_id)


async def test_json_and_get_requests(api: FakeBotAPI, chat: int) -> None:
    url = f"{api.base_url}/bot{api.token}"
    async with aiohttp.ClientSession() as session:
        body = {"chat_id": chat, "text": "<b>json</b>", "parse_mode": "HTML"}
        async with session.post(f"{url}/sendMessage", json=body) as resp:
            assert (resp.status, (await resp.json())["result"]["text"]) == (200, "json")
        async with session.get(f"{url}/getMe") as resp:
            assert (await resp.json())["result"]["id"] == api.bot_user["id"]
        async with session.get(f"{url}/SENDMESSAGE", params={"chat_id": chat, "text": "q"}) as r:
            assert r.status == 200  # method names are case-insensitive
    assert [m.plain_text for m in api.messages(chat)] == ["json", "q"]


async def test_concurrent_polling_conflicts(bot: Bot, api: FakeBotAPI) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_polling()
    second = asyncio.create_task(bot.get_updates(timeout=0))
    with pytest.raises(TelegramConflictError, match="terminated by other getUpdates request"):
        await first
    assert await second == []


async def test_allowed_updates_filter(bot: Bot, api: FakeBotAPI, chat: int) -> None:
    [message] = await bot.get_updates(allowed_updates=["message"], timeout=0)
    sent = await bot.send_message(chat, "pick", reply_markup=keyboard(("A", "a")))
    api.press(USER, sent, "a")
    api.send_text(USER, "after")
    updates = await bot.get_updates(offset=message.update_id + 1, timeout=0)
    assert [u.message.text for u in updates if u.message] == ["after"]
    assert [next(iter(u.keys() - {"update_id"})) for u in api.dropped_updates] == [
        "callback_query"
    ]
