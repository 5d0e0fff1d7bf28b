"""Row-level outbox operations: insert without duplicates, confirm a claim, record outcomes."""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Table,
    bindparam,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.base import conflict_insert
from bot.db.models import ReminderOccurrence
from bot.db.prepared import Prepared
from bot.reminders.rules import Status

# The table's columns, not the ORM class's: an UPDATE naming the class goes through the ORM's
# bulk-update path (synchronising loaded objects), about twice the cost of the same UPDATE in
# Core (bench.statement_cost); nothing holds occurrences as ORM objects while these run.
OCC: Table = ReminderOccurrence.__table__  # type: ignore[assignment]
Occ = OCC.c
MAX_ERROR_LENGTH = 500
# A founder entering a dialogue runs these (bot.reminders.nudges.middleware): built once, with
# bind parameters, like the statements of every update (bot.db.prepared).
INSERT_IGNORE = {
    name: conflict_insert(name, OCC).on_conflict_do_nothing(index_elements=["occurrence_key"])
    for name in ("postgresql", "sqlite")
}
UNSUSPEND = Prepared(
    update(OCC)
    .where(Occ.user_id == bindparam("uid"), Occ.status == Status.SUSPENDED)
    .values(status=Status.PENDING, claimed_by=None, claimed_at=None)
)


def occurrence(
    reminder_id: int, user_id: int, key: str, due_at: datetime, **values: object
) -> dict[str, object]:
    """One occurrence row for ``insert_ignore``: pending unless ``values`` say otherwise."""
    row = {"reminder_id": reminder_id, "user_id": user_id, "occurrence_key": key}
    return {**row, "due_at": due_at, "status": Status.PENDING, **values}


async def insert_ignore(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Insert occurrences; a row whose key already exists is skipped (idempotent scheduling)."""
    if rows:  # one batch of rows with the same keys (SQLAlchemy sends them as one INSERT)
        dialect = session.get_bind().dialect.name
        await session.execute(INSERT_IGNORE[dialect], list(rows))


async def _update(session: AsyncSession, *where: ColumnElement[bool], **values: object) -> int:
    """Set ``values`` on the rows matching ``where``; how many."""
    result = await session.execute(update(OCC).where(*where).values(**values))
    return result.rowcount if isinstance(result, CursorResult) else 0


async def confirm_claim(
    session: AsyncSession, occurrence_id: int, worker: str, now: datetime
) -> bool:
    """Refresh our claim just before sending; False if it was re-queued in the meantime."""
    mine = (Occ.id == occurrence_id, Occ.status == Status.CLAIMED, Occ.claimed_by == worker)
    return await _update(session, *mine, claimed_at=now) == 1


async def _set(session: AsyncSession, occurrence_id: int, attempts: int, **values: object) -> None:
    """Update one occurrence, counting ``attempts`` more sends."""
    await _update(session, Occ.id == occurrence_id, attempts=Occ.attempts + attempts, **values)


async def mark_sent(
    session: AsyncSession,
    occurrence_id: int,
    *,
    message_id: int | None,
    now: datetime,
    attempts: int,
) -> None:
    values = {"sent_at": now, "telegram_message_id": message_id, "last_error": None}
    await _set(session, occurrence_id, attempts, status=Status.SENT, **values)


async def mark(
    session: AsyncSession,
    occurrence_id: int,
    status: Status,
    *,
    error: str | None = None,
    attempts: int = 0,
) -> None:
    """Final or parking states: cancelled, failed, suspended (with why)."""
    error = error[:MAX_ERROR_LENGTH] if error else None
    await _set(session, occurrence_id, attempts, status=status, last_error=error)


async def defer(
    session: AsyncSession, occurrence_id: int, until: datetime, *, attempts: int = 0
) -> None:
    """Back to the queue, due at ``until`` (quiet hours, a pause, a 429 storm)."""
    unclaimed = {"claimed_by": None, "claimed_at": None}
    await _set(session, occurrence_id, attempts, status=Status.PENDING, due_at=until, **unclaimed)


async def _requeue(session: AsyncSession, *where: ColumnElement[bool]) -> int:
    """Rows matching ``where`` back to the queue, unclaimed; how many."""
    return await _update(session, *where, status=Status.PENDING, claimed_by=None, claimed_at=None)


async def release(session: AsyncSession, ids: Sequence[int], worker: str) -> int:
    """Give unsent claims back to the queue (the loop is stopping)."""
    if not ids:
        return 0
    return await _requeue(
        session, Occ.id.in_(ids), Occ.status == Status.CLAIMED, Occ.claimed_by == worker
    )


async def requeue_stale(session: AsyncSession, *, now: datetime, older_than: timedelta) -> int:
    """Claims older than ``older_than`` belong to a worker that died: back to pending."""
    return await _requeue(session, Occ.status == Status.CLAIMED, Occ.claimed_at < now - older_than)


async def suspend_user(session: AsyncSession, user_id: int) -> int:
    """The user blocked the bot: park everything pending for them."""
    pending = (Occ.user_id == user_id, Occ.status == Status.PENDING)
    return await _update(session, *pending, status=Status.SUSPENDED)


async def unsuspend_user(session: AsyncSession, user_id: int) -> int:
    """The user is back: parked occurrences return to the queue (the grace window applies)."""
    return await UNSUSPEND.write(session, {"uid": user_id})


async def missed_before(session: AsyncSession, reminder_id: int, due_at: datetime) -> int:
    """Missed occurrences of a reminder since its last sent one, before ``due_at``."""
    last_sent = await session.scalar(
        select(func.max(Occ.due_at)).where(
            Occ.reminder_id == reminder_id, Occ.status == Status.SENT, Occ.due_at < due_at
        )
    )
    query = select(func.count()).where(
        Occ.reminder_id == reminder_id, Occ.status == Status.MISSED, Occ.due_at <= due_at
    )
    if last_sent is not None:
        query = query.where(Occ.due_at > last_sent)
    return int(await session.scalar(query) or 0)


async def count_due(session: AsyncSession, now: datetime) -> int:
    """Pending occurrences already due: the backlog the loop has not taken yet."""
    query = select(func.count()).where(Occ.status == Status.PENDING, Occ.due_at < now)
    return int(await session.scalar(query) or 0)
