"""Nothing reaches the founder before what led to it is stored.

A request middleware of the bot's HTTP session: before any Bot API call made while an update is
being handled, the update's pending writes (an answer, the state it moved) are committed. So a
reply is never shown for an answer that a crash could still take back, handlers need no commit
of their own to make that true, and SQLite's write lock (bot.db.sqlite_gate) is never held
across a network round trip. Calls made outside an update (the reminder loop) pass untouched.
"""

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

from bot.db import update_session


class CommitBeforeSend(BaseRequestMiddleware):
    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        await update_session.commit_pending()
        return await make_request(bot, method)
