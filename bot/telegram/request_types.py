"""Short names for the types a middleware's ``__call__`` spells out.

aiogram's request middlewares all take ``(make_request, bot, method)`` and return the method's
response, its update middlewares ``(handler, event, data)``; with these aliases the signature
fits on one line in every middleware of ours.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response
from aiogram.methods.base import TelegramType as T
from aiogram.types import TelegramObject

Next = NextRequestMiddlewareType[T]
Method = TelegramMethod[T]
Reply = Response[T]
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]

__all__ = ["Handler", "Method", "Next", "Reply", "T"]
