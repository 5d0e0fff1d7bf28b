"""Replies survive a short Bot API outage: while an update is handled, a Bot API call that fails
with a 5xx, a network error or an unreadable answer (a proxy's HTML error page) is tried again
with exponential backoff, a bounded number of times; a 429 waits ``retry_after`` and tries again.

Without this a 502 burst lost the reply to an answer that was already saved (the state had
moved on, so the founder saw nothing, and the apology failed the same way). Only calls made
while handling an update are retried here: the reminder loop keeps its own retries and
bookkeeping (``bot/reminders/delivery/sender.py``) and aiogram's polling backs off on getUpdates
itself.
A retried send whose first try did reach Telegram (the answer was lost on the way back) can
show up twice; that is the price of not losing the reply.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
)
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates
from aiogram.types import TelegramObject

from bot.telegram.request_types import Handler, Method, Next, Reply, T

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

MAX_ATTEMPTS = 5  # the first try and four retries: 0.5 + 1 + 2 + 4 s of waiting at most
BASE_DELAY = 0.5
MAX_DELAY = 4.0
MAX_RETRY_AFTER = 30  # a longer 429 pause is not waited out while the founder waits

_handling_update: ContextVar[bool] = ContextVar("handling_update", default=False)


@contextmanager
def retrying_sends() -> Iterator[None]:
    """Bot API calls made inside the block are retried (see the module docstring)."""
    token = _handling_update.set(True)
    try:
        yield
    finally:
        _handling_update.reset(token)


class RetrySendsMiddleware(BaseMiddleware):
    """Outer update middleware: the handlers' Bot API calls get retries."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        with retrying_sends():
            return await handler(event, data)


def _transient(error: Exception) -> bool:
    if isinstance(error, (TelegramServerError, TelegramNetworkError)):
        return True
    # Text that is not JSON at all (an HTML 502 page); a JSON answer of the wrong shape is a bug.
    return isinstance(error, ClientDecodeError) and isinstance(error.data, str)


class TransientRetry(BaseRequestMiddleware):
    """Bot API request middleware doing the retries; register it before the others."""

    def __init__(self, *, sleep: Sleep = asyncio.sleep) -> None:
        self.sleep = sleep

    async def __call__(self, make_request: Next[T], bot: Bot, method: Method[T]) -> Reply[T]:
        if not _handling_update.get() or isinstance(method, GetUpdates):
            return await make_request(bot, method)
        attempt = 0
        while True:
            attempt += 1
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:
                if attempt >= MAX_ATTEMPTS or error.retry_after > MAX_RETRY_AFTER:
                    raise
                delay = float(error.retry_after)
                reason = f"429, retry after {error.retry_after}s"
            except (TelegramServerError, TelegramNetworkError, ClientDecodeError) as error:
                if attempt >= MAX_ATTEMPTS or not _transient(error):
                    raise
                delay = min(BASE_DELAY * 2 ** (attempt - 1), MAX_DELAY)
                reason = type(error).__name__
            log.warning(
                "%s failed (%s); try %d of %d in %.1fs",
                method.__api_method__,
                reason,
                attempt + 1,
                MAX_ATTEMPTS,
                delay,
            )
            await self.sleep(delay)
