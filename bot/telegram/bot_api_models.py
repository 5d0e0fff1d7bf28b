"""Keeps the pydantic models aiogram validates Bot API answers with alive between calls.

aiogram validates every answer with ``Response[method.__returning__]`` (``Response`` is its
public generic model, ``__returning__`` the result type every method class declares). pydantic
caches a parametrised generic model only while something references it, so once the garbage
collector has run (often, in a bot that talks to a database) the next call builds the model
again: a full schema build, milliseconds of CPU per call (a quarter of the bot's CPU on the
dialogue-load benchmark). Referencing each model once, here, makes every later call a cache hit.
Public APIs only: pydantic's generic parametrisation and aiogram's method classes.
"""

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
)
from aiogram.methods.base import Response

from bot.telegram.request_types import Method, Next, Reply, T

# One entry per Bot API method type ever called (a bounded set), shared by every app.
_KEPT: dict[type, type] = {}


class KeepResponseModels(BaseRequestMiddleware):
    """Bot API request middleware: the first call of a method type keeps its response model."""

    async def __call__(self, make_request: Next[T], bot: Bot, method: Method[T]) -> Reply[T]:
        kind = type(method)
        if kind not in _KEPT:
            _KEPT[kind] = Response[kind.__returning__]  # type: ignore[name-defined]
        return await make_request(bot, method)
