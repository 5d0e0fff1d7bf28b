"""Keeps aiogram's parametrised ``Response[...]`` models alive between Bot API calls.

aiogram validates every Bot API answer with ``Response[method.__returning__]``; pydantic caches
parametrised generic models in a ``WeakValueDictionary`` only, so as soon as the garbage
collector runs (often, in a bot that talks to a database) the model is gone and the next call
builds it again: a full pydantic schema build, milliseconds of CPU per call. Holding one strong
reference per method type makes every later call a cache hit.
"""

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

# One entry per Bot API method type ever called (a bounded set), shared by every app.
_KEPT: dict[type, type] = {}


class KeepResponseModels(BaseRequestMiddleware):
    """Bot API request middleware: the first call of a method type pins its response model."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        kind = type(method)
        if kind not in _KEPT:
            _KEPT[kind] = Response[method.__returning__]  # type: ignore[name-defined]
        return await make_request(bot, method)
