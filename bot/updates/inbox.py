"""The inbox table's statements: store what arrived, claim what waits, give up, prune.

An update row is pending while ``handled_at`` is empty. The process that takes one on claims it
for ``lease_seconds`` and counts an attempt, in a short transaction of its own, so an update
whose handling kills the process (or one that is killed meanwhile) is taken on again by the
next start or another replica, at most ``max_attempts`` times. ``handled_at`` itself is set
in the update's own transaction (bot.updates.exactly_once).
"""

import json
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram.types import Update
from sqlalchemy import Insert, Table, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.config import InboxSettings
from bot.db.base import conflict_insert
from bot.db.models import InboxUpdate

log = logging.getLogger(__name__)
INBOX: Table = InboxUpdate.__table__  # type: ignore[assignment]
PRUNE_BATCH = 500
SWEEP_BATCH = 100


@dataclass(frozen=True)
class Stored:
    """A pending update this process has claimed: its id and the JSON Telegram sent."""

    update_id: int
    payload: str
    parsed: Update | None = None  # fetched just now: no need to parse the JSON again

    def raw(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.payload)
        return value


class Inbox:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        settings: InboxSettings,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.settings = settings

    def _lease_end(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.settings.lease_seconds)

    async def store(self, updates: Sequence[Update | dict[str, Any]]) -> list[Stored]:
        """Store updates in one transaction, claimed by this process; the new ones, in order.

        An update already in the inbox (delivered again) is left as it is and not returned.
        """
        if not updates:
            return []
        now = self.clock()
        lease_end = self._lease_end(now)
        items = [
            Stored(item.update_id, item.model_dump_json(exclude_unset=True), item)
            if isinstance(item, Update)
            else Stored(item["update_id"], json.dumps(item, ensure_ascii=False))
            for item in updates
        ]
        rows = [
            {
                "update_id": item.update_id,
                "payload": item.payload,
                "received_at": now,
                "attempts": 1,
                "claimed_until": lease_end,
            }
            for item in items
        ]
        engine: AsyncEngine = self.session_factory.kw["bind"]
        dialect = engine.dialect.name
        # One statement for the batch (executemany with RETURNING, compiled once and cached).
        statement = insert_ignore(dialect).returning(INBOX.c.update_id)
        async with engine.connect() as connection:
            if dialect == "postgresql":  # the statement commits by itself: no BEGIN, no COMMIT
                await connection.execution_options(isolation_level="AUTOCOMMIT")
            new = set(await connection.scalars(statement, rows))
            await connection.commit()
        return [item for item in items if item.update_id in new]

    async def claim(self, update_id: int) -> Stored | None:
        """Take on an update delivered again: only when pending and its lease ran out."""
        now = self.clock()
        async with self.session_factory() as session:
            row = await session.get(InboxUpdate, update_id)
            claimed = None if row is None else await self._claim_rows(session, [row], now)
            await session.commit()
        return claimed[0] if claimed else None

    async def claim_pending(
        self, *, expired_only: bool = True, skip: Collection[int] = ()
    ) -> list[Stored]:
        """Pending updates whose claim ran out (all of them at a polling start), oldest first,
        but those in ``skip`` (in flight here); one that has used up its attempts is given up
        instead."""
        now = self.clock()
        query = select(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
        if skip:
            query = query.where(InboxUpdate.update_id.not_in(skip))
        if expired_only:
            query = query.where(
                or_(InboxUpdate.claimed_until.is_(None), InboxUpdate.claimed_until < now)
            )
        async with self.session_factory() as session:
            rows = (await session.scalars(query.order_by(InboxUpdate.update_id))).all()
            batch = list(rows[:SWEEP_BATCH])
            claimed = await self._claim_rows(session, batch, now, force=not expired_only)
            await session.commit()
        return claimed

    async def _claim_rows(
        self, session: AsyncSession, rows: list[InboxUpdate], now: datetime, *, force: bool = False
    ) -> list[Stored]:
        claimed: list[Stored] = []
        for row in rows:
            if row.handled_at is not None or (not force and (row.claimed_until or now) > now):
                continue
            if row.attempts >= self.settings.max_attempts:
                log.error("update %s given up after %d attempts", row.update_id, row.attempts)
                done = self._finish(row.update_id, now, f"gave up after {row.attempts} attempts")
                await session.execute(done)
                continue
            # Compare-and-set on the old lease: of two replicas sweeping at once, one wins.
            won = await session.execute(
                update(InboxUpdate)
                .where(
                    InboxUpdate.update_id == row.update_id,
                    InboxUpdate.handled_at.is_(None),
                    InboxUpdate.attempts == row.attempts,
                )
                .values(attempts=row.attempts + 1, claimed_until=self._lease_end(now))
                .execution_options(synchronize_session=False)
            )
            if won.rowcount == 1:  # type: ignore[attr-defined]
                claimed.append(Stored(row.update_id, row.payload))
        return claimed

    async def renew(self, update_ids: Collection[int]) -> None:
        """Extend this process's claims on the updates it is still handling."""
        if not update_ids:
            return
        async with self.session_factory() as session:
            await session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.update_id.in_(update_ids), InboxUpdate.handled_at.is_(None))
                .values(claimed_until=self._lease_end(self.clock()))
                .execution_options(synchronize_session=False)
            )
            await session.commit()

    async def give_up(self, update_id: int, error: str) -> None:
        """The handler raised (its transaction rolled back): the update is done, with why."""
        async with self.session_factory() as session:
            await session.execute(self._finish(update_id, self.clock(), error[:2000]))
            await session.commit()

    @staticmethod
    def _finish(update_id: int, now: datetime, error: str) -> Any:
        return (
            update(InboxUpdate)
            .where(InboxUpdate.update_id == update_id, InboxUpdate.handled_at.is_(None))
            .values(handled_at=now, error=error, payload="")
            .execution_options(synchronize_session=False)
        )

    async def prune(self) -> int:
        """Delete handled rows older than ``keep_days``, a batch per transaction."""
        cutoff = self.clock() - timedelta(days=self.settings.keep_days)
        removed = 0
        while True:
            async with self.session_factory() as session:
                ids = select(InboxUpdate.update_id).where(InboxUpdate.handled_at < cutoff)
                batch = (await session.scalars(ids.limit(PRUNE_BATCH))).all()
                if batch:
                    await session.execute(
                        delete(InboxUpdate).where(InboxUpdate.update_id.in_(batch))
                    )
                    await session.commit()
            removed += len(batch)
            if len(batch) < PRUNE_BATCH:
                return removed


def insert_ignore(dialect: str) -> Insert:
    """INSERT into the inbox that skips an update id already there (both dialects)."""
    return conflict_insert(dialect, INBOX).on_conflict_do_nothing()
