"""Short names for the types a Bot API request middleware's ``__call__`` spells out.

aiogram's request middlewares all take ``(make_request, bot, method)`` and return the method's
response; with these aliases that signature fits on one line in every middleware of ours.
"""

from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response
from aiogram.methods.base import TelegramType as T

Next = NextRequestMiddlewareType[T]
Method = TelegramMethod[T]
Reply = Response[T]

__all__ = ["Method", "Next", "Reply", "T"]
