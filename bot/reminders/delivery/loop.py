"""The delivery loop: claim due occurrences → decide → send (outside any transaction) → record."""

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from aiogram import Bot
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import ReminderSettings
from bot.i18n import I18n
from bot.reminders.delivery import records, sender, undelivered
from bot.reminders.delivery.compose import Message
from bot.reminders.delivery.fate import UNDELIVERABLE
from bot.reminders.delivery.prepare import Defer, Drop, Locate, decide
from bot.reminders.delivery.ratelimit import RateLimiter, Sleep
from bot.reminders.delivery.sender import Outcome
from bot.reminders.materialize import refresh_all
from bot.reminders.outbox import rows as outbox_rows
from bot.reminders.outbox.claims import Claimed, claim_due
from bot.telegram.metrics import Metrics

log = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 2.0


def worker_name() -> str:
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class DeliveryLoop:
    """One worker of the outbox; several (in one or many processes) may share a database."""

    def __init__(
        self,
        *,
        bot: Bot,
        session_factory: async_sessionmaker[AsyncSession],
        i18n: I18n,
        settings: ReminderSettings,
        clock: Callable[[], datetime],
        limiter: RateLimiter | None = None,
        worker: str | None = None,
        sleep: Sleep = asyncio.sleep,
        metrics: Metrics | None = None,
        locate: Locate | None = None,
    ) -> None:
        self.bot = bot
        self.session_factory = session_factory
        self.i18n = i18n
        self.settings = settings
        self.clock = clock
        self.limiter = limiter or RateLimiter(
            settings.global_rate_per_second, settings.per_chat_interval_seconds
        )
        self.worker = worker or worker_name()
        self.sleep = sleep
        self.metrics = metrics
        self.locate = locate
        self.horizon = settings.horizon
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._wake = asyncio.Event()
        self._unsent: set[int] = set()
        self._last_maintenance: float | None = None

    async def start(self) -> None:
        if self._task is None:
            self._stopping.clear()
            self._task = asyncio.create_task(self._run(), name=f"reminders:{self.worker}")

    async def stop(self) -> None:
        """Stop claiming; give in-flight sends a moment, then cancel and release the rest."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping.set()
        self._wake.set()
        done, _ = await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)
        if not done:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    await self.maintain()
                    count = await self.run_once()
                except Exception:
                    log.exception("reminder delivery pass failed")
                    count = 0
                if count < self.settings.batch_size:
                    self._wake.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(
                            self._wake.wait(), self.settings.poll_interval_seconds
                        )
        finally:
            await self._release_unsent()

    async def _release_unsent(self) -> None:
        if not self._unsent:
            return
        ids, self._unsent = sorted(self._unsent), set()
        async with self.session_factory() as session:
            await outbox_rows.release(session, ids, self.worker)
            await session.commit()

    async def maintain(self, *, force: bool = False) -> None:
        """Re-queue dead workers' claims and roll recurring horizons forward, now and then."""
        loop_time = asyncio.get_running_loop().time()
        interval = self.settings.maintenance_interval_seconds
        last = self._last_maintenance
        if not force and last is not None and loop_time - last < interval:
            return
        self._last_maintenance = loop_time
        now = self.clock()
        timeout = timedelta(seconds=self.settings.claim_timeout_seconds)
        async with self.session_factory() as session:
            requeued = await outbox_rows.requeue_stale(session, now=now, older_than=timeout)
            await refresh_all(session, now=now, horizon=self.horizon)
            await session.commit()
        if requeued:
            log.warning("re-queued %d stale reminder claims", requeued)

    async def run_once(self) -> int:
        """Claim one batch and deliver it; returns how many occurrences were claimed."""
        async with self.session_factory() as session:
            if self.metrics is not None:
                backlog = await outbox_rows.count_due(session, self.clock())
                self.metrics.reminders_pending.set(backlog)
            items = await claim_due(
                session,
                worker=self.worker,
                now=self.clock(),
                grace=timedelta(seconds=self.settings.grace_window_seconds),
                limit=self.settings.batch_size,
            )
        if not items:
            return 0
        self._unsent.update(item.id for item in items)
        gate = asyncio.Semaphore(self.settings.concurrency)

        async def guarded(item: Claimed) -> None:
            async with gate:
                await self.deliver(item)

        results = await asyncio.gather(*(guarded(item) for item in items), return_exceptions=True)
        for item, result in zip(items, results, strict=True):
            if isinstance(result, Exception):
                log.error("delivering occurrence %s failed", item.id, exc_info=result)
        return len(items)

    async def deliver(self, item: Claimed) -> None:
        """Decide in one short transaction, send with none open, record in another."""
        if self._stopping.is_set():
            return  # released when the loop ends
        async with self.session_factory() as session:
            now = self.clock()
            decision = await decide(
                session, item, i18n=self.i18n, settings=self.settings, now=now, locate=self.locate
            )
            if isinstance(decision, Defer | Drop):
                await records.settle(session, item, decision, now=now, horizon=self.horizon)
                await session.commit()
                self._unsent.discard(item.id)
                if isinstance(decision, Drop) and decision.fate in UNDELIVERABLE:
                    await self.tell_sender(item, str(decision.fate))
                return
            if not await outbox_rows.confirm_claim(session, item.id, self.worker, now):
                self._unsent.discard(item.id)
                return  # re-queued as stale meanwhile: another worker owns it now
            await session.commit()
        self._unsent.discard(item.id)
        outcome = await self._send(decision.chat_id, decision.message)
        async with self.session_factory() as session:
            await records.record_outcome(
                session, item, decision, outcome, now=self.clock(), horizon=self.horizon
            )
            await session.commit()
        if outcome.result in {"blocked", "failed"}:
            await self.tell_sender(item, outcome.result, attempts=outcome.attempts)
        if self.metrics is not None and outcome.result == "sent":
            self.metrics.reminders_sent.inc()
        elif self.metrics is not None and outcome.result == "failed":
            self.metrics.reminders_failed.inc()

    async def _send(self, chat_id: int, message: Message) -> Outcome:
        """One send through the shared limiter, with this loop's retries and sleep."""
        return await sender.send(
            self.bot, self.limiter, chat_id, message, self.settings, sleep=self.sleep
        )

    async def tell_sender(self, item: Claimed, reason: str, *, attempts: int = 0) -> None:
        """A consultant's message did not reach the client: the consultant hears why, through
        the same limiter as reminders, and the notice goes into their transcript."""
        async with self.session_factory() as session:
            found = await undelivered.notice(
                session, item, reason, i18n=self.i18n, attempts=attempts
            )
        if found is None:
            return
        chat_id, message = found
        outcome = await self._send(chat_id, message)
        if outcome.result != "sent":
            log.warning("could not tell consultant %s about occurrence %s", chat_id, item.id)
            return
        async with self.session_factory() as session:
            await records.transcribe(
                session, chat_id, message.text, outcome.message_id, self.clock(), "undelivered"
            )
            await session.commit()
