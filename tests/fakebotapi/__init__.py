"""A fake Telegram Bot API server for end-to-end tests of the real bot over HTTP.

Typical use::

    async with FakeBotAPI() as api:
        bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        async with run_polling(api, dispatcher, bot):
            api.send_command(user, "/start")
            [reply] = await api.wait_for_messages(user.id)
            api.press_button(user, reply, "Далее")
"""

from tests.fakebotapi.errors import ApiError
from tests.fakebotapi.files import StoredFile
from tests.fakebotapi.html_check import EntityParseError, ParsedText, parse_html
from tests.fakebotapi.keyboard import Button, buttons, find_button
from tests.fakebotapi.polling import run_polling
from tests.fakebotapi.records import (
    ApiCall,
    CallbackAnswer,
    CallbackQueryRecord,
    FakeUser,
    MessageVersion,
    SentMessage,
)
from tests.fakebotapi.server import DEFAULT_TOKEN, FakeBotAPI
from tests.fakebotapi.simulate import sample_png
from tests.fakebotapi.spec import BotApiSpec
from tests.fakebotapi.utf16 import utf16_len

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "ApiError",
    "BotApiSpec",
    "Button",
    "CallbackAnswer",
    "CallbackQueryRecord",
    "EntityParseError",
    "FakeBotAPI",
    "FakeUser",
    "MessageVersion",
    "ParsedText",
    "SentMessage",
    "StoredFile",
    "buttons",
    "find_button",
    "parse_html",
    "run_polling",
    "sample_png",
    "utf16_len",
]
