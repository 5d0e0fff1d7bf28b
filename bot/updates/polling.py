"""Long polling through the inbox (the embedded default).

Each batch from getUpdates is stored in one transaction before the next getUpdates, whose
offset is what tells Telegram the batch arrived; only then is it forgotten there. Stored updates
are handled as tasks meanwhile. At start, what the inbox still holds unhandled (the process
died before finishing it) is handled first, in update-id order, before anything new is fetched.

SIGINT/SIGTERM: stop fetching (an open long poll is dropped; what it would have returned comes
again next time), let the updates in flight finish, run the dispatcher's shutdown hooks.
Failures of getUpdates are logged and retried with aiogram's backoff, as its own polling does.
"""

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable
from typing import TypeVar

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.updates.inbox import Inbox, Stored
from bot.updates.runner import UpdateRunner

log = logging.getLogger(__name__)
T = TypeVar("T")
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)  # aiogram's
POLLING_TIMEOUT = 10
STOP_GRACE_SECONDS = 30.0
PRUNE_EVERY_SECONDS = 3600.0


class InboxPolling:
    def __init__(self, dispatcher: Dispatcher, bot: Bot, inbox: Inbox) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.inbox = inbox
        self.stopping = asyncio.Event()
        self.runner = UpdateRunner(dispatcher, bot, inbox, bots=(bot,))

    def stop(self, sig: signal.Signals | None = None) -> None:
        if sig is not None:
            log.warning("Received %s signal", sig.name)
        self.stopping.set()

    async def run(self, *, handle_signals: bool = True) -> None:
        """Poll until ``stop()`` (or SIGINT/SIGTERM), with the dispatcher's startup and
        shutdown hooks around it."""
        loop = asyncio.get_running_loop()
        if handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, self.stop, sig)
        workflow = {"dispatcher": self.dispatcher, "bots": (self.bot,)}
        workflow |= self.dispatcher.workflow_data
        await self.dispatcher.emit_startup(bot=self.bot, **workflow)
        try:
            me = await self.bot.me()
            log.info("Run polling for bot @%s id=%d - %r", me.username, me.id, me.full_name)
            await self._receive()
            await self.runner.drain(STOP_GRACE_SECONDS)
        finally:
            log.info("Polling stopped")
            if handle_signals:
                for sig in (signal.SIGTERM, signal.SIGINT):
                    loop.remove_signal_handler(sig)
            await self.dispatcher.emit_shutdown(bot=self.bot, **workflow)

    async def _receive(self) -> None:
        resumed = await self.inbox.claim_pending(expired_only=False)
        if resumed:
            log.info("resuming %d stored updates not handled before", len(resumed))
            self.runner.start(resumed)
        allowed = self.dispatcher.resolve_used_update_types()
        request = GetUpdates(timeout=POLLING_TIMEOUT, allowed_updates=allowed)
        request_timeout = int(self.bot.session.timeout + POLLING_TIMEOUT)
        backoff = Backoff(BACKOFF)
        pruned_at = 0.0
        loop = asyncio.get_running_loop()
        while not self.stopping.is_set():
            if loop.time() - pruned_at > PRUNE_EVERY_SECONDS:
                pruned_at = loop.time()
                await self._prune()
            try:
                updates = await self._until_stopped(
                    self.bot(request, request_timeout=request_timeout)
                )
            except Exception as error:  # the Bot API is unreachable: wait, try again
                log.error("Failed to fetch updates - %s: %s", type(error).__name__, error)
                log.warning("Sleep for %f seconds and try again...", backoff.next_delay)
                await self._sleep(next(backoff))
                continue
            backoff.reset()
            if not updates:
                continue
            stored = await self._store(updates)
            if stored is None:  # stopping before the batch could be stored: it comes again
                return
            request.offset = updates[-1].update_id + 1  # the next getUpdates confirms them
            self.runner.start(stored)

    async def _store(self, updates: list[Update]) -> list[Stored] | None:
        """Store the batch; a database error is retried until it works or we stop."""
        backoff = Backoff(BACKOFF)
        while True:
            try:
                return await self.inbox.store(updates)
            except Exception:
                log.exception("could not store %d updates; retrying", len(updates))
            await self._sleep(next(backoff))
            if self.stopping.is_set():
                return None

    async def _prune(self) -> None:
        try:
            if removed := await self.inbox.prune():
                log.info("pruned %d handled updates", removed)
        except Exception:
            log.exception("could not prune handled updates")

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)

    async def _until_stopped(self, awaitable: Awaitable[T]) -> T | None:
        """``awaitable``'s result, or None (and it cancelled) when stop() comes first."""
        task = asyncio.ensure_future(awaitable)
        stopped = asyncio.ensure_future(self.stopping.wait())
        try:
            await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopped.cancel()
        if task.done():
            return task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return None
