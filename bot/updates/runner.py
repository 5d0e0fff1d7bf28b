"""Feeds stored updates to the dispatcher, each as a task, and tracks them until they end.

Tasks start in update-id order, so the updates of one person queue on aiogram's per-user event
isolation in the order Telegram numbered them (as aiogram's own polling does). An update whose
handler raised was rolled back and apologised for by the error handler; it is recorded as given
up rather than retried, so the person is not answered twice.
"""

import asyncio
import functools
import logging
from collections.abc import Iterable
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import Update

from bot.updates.exactly_once import TICKET, Ticket
from bot.updates.inbox import Inbox, Stored

log = logging.getLogger(__name__)


class UpdateRunner:
    def __init__(self, dispatcher: Dispatcher, bot: Bot, inbox: Inbox, **data: Any) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.inbox = inbox
        self.data = data  # workflow data for the middlewares and handlers
        self.inflight: dict[int, asyncio.Task[None]] = {}

    def start(self, stored: Iterable[Stored]) -> list[asyncio.Task[None]]:
        """Start handling ``stored`` (oldest first); an update already in flight is skipped."""
        started = []
        for item in sorted(stored, key=lambda s: s.update_id):
            if item.update_id in self.inflight:
                continue
            task = asyncio.create_task(self.handle(item))
            self.inflight[item.update_id] = task
            task.add_done_callback(functools.partial(self._forget, item.update_id))
            started.append(task)
        return started

    def _forget(self, update_id: int, _task: "asyncio.Task[None]") -> None:
        self.inflight.pop(update_id, None)

    async def handle(self, item: Stored) -> None:
        ticket = Ticket(item.update_id)
        try:
            update = item.parsed or Update.model_validate(item.raw(), context={"bot": self.bot})
            response = await self.dispatcher.feed_update(
                self.bot, update, **self.data, **{TICKET: ticket}
            )
            if isinstance(response, TelegramMethod):  # as aiogram's polling does
                await self.dispatcher.silent_call_request(self.bot, response)
        except Exception as error:  # the error handler declined it, or the payload is broken
            log.exception("update %s failed", item.update_id)
            ticket.error = ticket.error or f"{type(error).__name__}: {error}"
        if ticket.error is not None:
            try:
                await self.inbox.give_up(item.update_id, ticket.error)
            except Exception:  # the database is what failed: the next start takes it on again
                log.exception("could not record update %s as given up", item.update_id)

    async def drain(self, timeout: float) -> None:  # noqa: ASYNC109
        """Wait for the updates in flight (at most ``timeout`` s; the rest resume next start)."""
        if not self.inflight:
            return
        log.info("waiting for %d updates in flight", len(self.inflight))
        _done, pending = await asyncio.wait(list(self.inflight.values()), timeout=timeout)
        if pending:
            log.warning("%d updates still in flight; they resume at the next start", len(pending))
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
