"""Run an aiogram Dispatcher in long polling against the fake server for the length of a block."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from aiogram import Bot, Dispatcher

if TYPE_CHECKING:
    from tests.fakebotapi.server import FakeBotAPI


@contextlib.asynccontextmanager
async def run_polling(
    api: "FakeBotAPI",
    dispatcher: Dispatcher,
    bot: Bot,
    *,
    startup_timeout: float = 5.0,
    **polling_kwargs: Any,
) -> AsyncIterator["asyncio.Task[None]"]:
    """``dispatcher.start_polling(bot)`` as a task; returns once the bot is long polling.

    Signals are not handled and the bot session is left open (close it yourself) unless the
    keyword arguments say otherwise. On exit polling is stopped the way aiogram stops it.
    """
    polling_kwargs.setdefault("handle_signals", False)
    polling_kwargs.setdefault("close_bot_session", False)
    task = asyncio.create_task(dispatcher.start_polling(bot, **polling_kwargs))
    try:
        await api.wait_until(
            lambda: api.state.polls_waiting > 0 or task.done(), startup_timeout, "long polling"
        )
        if task.done():
            task.result()  # re-raise why polling ended
            msg = "polling ended before the bot asked for updates"
            raise RuntimeError(msg)
        yield task
    finally:
        if not task.done():
            try:
                await dispatcher.stop_polling()
            except RuntimeError:  # polling had not started yet
                task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
