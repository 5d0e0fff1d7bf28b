"""Update de-duplication: Telegram re-delivers a webhook update it thinks failed, and a crash
before polling confirms an offset re-delivers it too; each update id is handled once.

The id is recorded only after the update was handled, so an update whose handling died with
its process is handled again when it comes back. Installed inside DatabaseMiddleware, the check
and the record run in the update's own session and the record is committed with the update's
last writes. This middleware runs inside aiogram's
per-user event isolation (the FSM middleware takes the lock before it), so two deliveries of
one update are never handled side by side: the second one finds the id recorded.

With long polling (``single_consumer``) only one process fetches updates, and an update comes
again only after a restart: the last batch fetched before it was never confirmed. Such repeats
all have ids from the first batch after the start, so the ids recorded from a little before the
first update seen onwards are read once, and every later check is a set lookup instead of a
query. Webhook replicas check the database every time.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update
from sqlalchemy import Insert, Select, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.models import ProcessedUpdate
from bot.db.repositories import Repositories

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
KEEP_FOR = timedelta(days=2)  # Telegram keeps undelivered updates for 24 hours
PRUNE_EVERY = 1000
# A batch of getUpdates holds at most 100 updates with consecutive ids; the first update to
# reach this middleware after a start is one of the first batch, not necessarily its first.
FIRST_BATCH_MARGIN = 1000


class DedupMiddleware(BaseMiddleware):
    """Drops an update whose id was already handled; records the id once handling succeeded."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        *,
        single_consumer: bool = False,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.single_consumer = single_consumer
        self.seen = 0
        self._recorded_at_start: set[int] | None = None
        self._loading = asyncio.Lock()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        repo: Repositories | None = data.get("repo")
        if repo is not None:
            return await self._in_update_session(handler, event, data, repo.session)
        if await self._handled(event.update_id):
            log.info("update %s already handled; dropped", event.update_id)
            return UNHANDLED
        result = await handler(event, data)
        await self._record(event.update_id)
        return result

    async def _in_update_session(
        self, handler: Handler, event: Update, data: dict[str, Any], session: AsyncSession
    ) -> Any:
        """Inside DatabaseMiddleware: the check and the record use the update's own session.

        The record is committed with the update's last writes (transcript, reminders), so it
        is stored exactly when handling succeeded, without two sessions of its own per update.
        """
        if await self._already_handled(session, event.update_id):
            log.info("update %s already handled; dropped", event.update_id)
            return UNHANDLED
        result = await handler(event, data)
        now = self.clock()
        # A replica that handled it outside our lock may have recorded it: nothing to add then.
        await session.execute(_insert_ignore(session, event.update_id, now))
        self.seen += 1
        if self.seen % PRUNE_EVERY == 0:
            await session.execute(
                delete(ProcessedUpdate).where(ProcessedUpdate.received_at < now - KEEP_FOR)
            )
        return result

    async def _already_handled(self, session: AsyncSession, update_id: int) -> bool:
        if not self.single_consumer:
            return await session.scalar(_found(update_id)) is not None
        if self._recorded_at_start is None:
            async with self._loading:
                if self._recorded_at_start is None:
                    since = update_id - FIRST_BATCH_MARGIN
                    recorded = await session.scalars(
                        select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id >= since)
                    )
                    self._recorded_at_start = set(recorded)
        return update_id in self._recorded_at_start

    async def _handled(self, update_id: int) -> bool:
        async with self.session_factory() as session:
            found = await session.scalar(_found(update_id))
        return found is not None

    async def _record(self, update_id: int) -> None:
        now = self.clock()
        async with self.session_factory() as session:
            session.add(ProcessedUpdate(update_id=update_id, received_at=now))
            try:
                await session.commit()
            except IntegrityError:  # recorded by a replica that handled it outside our lock
                await session.rollback()
                return
            self.seen += 1
            if self.seen % PRUNE_EVERY == 0:
                await session.execute(
                    delete(ProcessedUpdate).where(ProcessedUpdate.received_at < now - KEEP_FOR)
                )
                await session.commit()


def _found(update_id: int) -> Select[int]:
    return select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)


def _insert_ignore(session: AsyncSession, update_id: int, now: datetime) -> Insert:
    row = {"update_id": update_id, "received_at": now}
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(ProcessedUpdate).values(row).on_conflict_do_nothing()
    return sqlite.insert(ProcessedUpdate).values(row).on_conflict_do_nothing()
