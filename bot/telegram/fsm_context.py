"""aiogram's FSM middleware, with the update's first state read moved into its unit of work.

aiogram's own ``FSMContextMiddleware`` takes the event-isolation lock and then reads the state
(as ``raw_state``, which ``StateFilter`` uses), both before any middleware of ours: the read
needed a session and a pooled connection of its own, next to the update's. Here the lock stays
where aiogram puts it (outermost, so an update waits for another of the same user before it
takes a connection or SQLite's write gate), and ``RawState`` reads the state inside the unit of
work, through the update's session (the per-update cache in bot.telegram.fsm_update_cache keeps
it, and the data read with it, for the rest of the update).
"""

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.types import TelegramObject

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class LockedFsmContext(FSMContextMiddleware):
    """Registered where aiogram registers its own (``Dispatcher(disable_fsm=True)``): the lock
    and the FSMContext, without the read."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        bot: Bot = data["bot"]
        context = self.resolve_event_context(bot, data)
        data["fsm_storage"] = self.storage
        if context is None:
            return await handler(event, data)
        async with self.events_isolation.lock(key=context.key):
            data["state"] = context
            return await handler(event, data)


class RawState(BaseMiddleware):
    """Inside the unit of work: the state ``StateFilter`` reads as ``raw_state``."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        context = data.get("state")
        if isinstance(context, FSMContext):
            data["raw_state"] = await context.get_state()
        return await handler(event, data)
