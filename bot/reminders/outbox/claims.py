"""The outbox: claiming due occurrences, marking the long-overdue missed, collapsing misses.

A claim is a conditional UPDATE (``status = 'pending'`` → ``'claimed'``): on SQLite, where one
writer holds the database at a time, that alone keeps two loops from taking one row. PostgreSQL
runs many writers at once, so there the candidate rows are locked with ``SELECT ... FOR UPDATE
SKIP LOCKED`` first (the one dialect-specific spot, ``_due_ids``): concurrent workers take
disjoint rows without waiting for each other.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, ScalarSelect, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Reminder, ReminderOccurrence
from bot.reminders.outbox.rows import insert_ignore, occurrence
from bot.reminders.rules import REPORTED_KINDS, Status, carrier_key

Occ = ReminderOccurrence


@dataclass(frozen=True)
class Claimed:
    """A due occurrence this worker now owns."""

    id: int
    reminder_id: int
    user_id: int
    key: str
    due_at: datetime


CLAIMED = (Occ.id, Occ.reminder_id, Occ.user_id, Occ.occurrence_key, Occ.due_at)


async def _due_ids(
    session: AsyncSession, *where: ColumnElement[bool], limit: int | None = None
) -> Sequence[int] | ScalarSelect[int]:
    """Pending rows matching ``where``, oldest first — the one dialect-specific spot.

    SQLite: a sub-select for the claiming UPDATE, which runs as one atomic statement.
    PostgreSQL: ``SELECT ... FOR UPDATE SKIP LOCKED`` on its own, so concurrent workers take
    disjoint rows without waiting. (As a sub-select of the UPDATE it could be re-run by the
    planner, and SKIP LOCKED would then pick more rows than ``limit``.)
    """
    query = select(Occ.id).where(Occ.status == Status.PENDING, *where).order_by(Occ.due_at)
    if limit is not None:
        query = query.limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        return (await session.scalars(query.with_for_update(skip_locked=True))).all()
    return query.scalar_subquery()


async def _take(
    session: AsyncSession,
    values: dict[str, object],
    *where: ColumnElement[bool],
    limit: int | None = None,
) -> list[Claimed]:
    """Move due pending rows matching ``where`` to ``values``; returns the rows changed."""
    ids = await _due_ids(session, *where, limit=limit)
    if isinstance(ids, Sequence) and not ids:
        return []
    statement = (
        update(Occ)
        .where(Occ.id.in_(ids), Occ.status == Status.PENDING)
        .values(**values)
        .returning(*CLAIMED)
        .execution_options(synchronize_session=False)
    )
    rows = (await session.execute(statement)).all()
    return [Claimed(*row) for row in rows]


async def claim_due(
    session: AsyncSession, *, worker: str, now: datetime, grace: timedelta, limit: int
) -> list[Claimed]:
    """One transaction: miss the long-overdue, claim the due, keep one per reminder.

    Due means strictly past ``due_at``. Rows overdue by more than ``grace`` become missed; of
    several due rows of one reminder only the newest is sent and the older ones are missed. A
    reminder whose misses no newer occurrence will report (none due within ``grace``) gets one
    carrier row, claimed here, that says "you missed N reminders".
    """
    missed = await _take(session, {"status": Status.MISSED}, Occ.due_at < now - grace)
    claim: dict[str, object] = {"status": Status.CLAIMED, "claimed_by": worker, "claimed_at": now}
    claimed = await _take(session, claim, Occ.due_at < now, limit=limit)
    if claimed:  # the batch cut by due time: take the rest of those reminders' due rows too
        reminders = {row.reminder_id for row in claimed}
        claimed += await _take(session, claim, Occ.reminder_id.in_(reminders), Occ.due_at < now)
    newest: dict[int, Claimed] = {}
    for row in sorted(claimed, key=lambda row: row.due_at):
        if row.reminder_id in newest:
            missed.append(newest[row.reminder_id])
        newest[row.reminder_id] = row
    superseded = [row.id for row in missed if row in claimed]
    if superseded:
        await session.execute(
            update(Occ).where(Occ.id.in_(superseded)).values(status=Status.MISSED)
        )
    carriers = await _carriers(session, missed, set(newest), worker=worker, now=now, grace=grace)
    await session.commit()
    return sorted([*newest.values(), *carriers], key=lambda row: row.due_at)


async def _carriers(
    session: AsyncSession,
    missed: list[Claimed],
    sending: set[int],
    *,
    worker: str,
    now: datetime,
    grace: timedelta,
) -> list[Claimed]:
    latest: dict[int, Claimed] = {}
    for row in sorted(missed, key=lambda row: row.due_at, reverse=True):
        if row.reminder_id not in sending:
            latest.setdefault(row.reminder_id, row)  # the newest miss of each reminder
    if not latest:
        return []
    kinds = [str(kind) for kind in REPORTED_KINDS]
    reports = select(Reminder.id).where(Reminder.id.in_(latest), Reminder.kind.in_(kinds))
    reported = set(await session.scalars(reports))
    soon = (Occ.status.in_([Status.PENDING, Status.CLAIMED]), Occ.due_at <= now + grace)
    upcoming = select(Occ.reminder_id).where(Occ.reminder_id.in_(latest), *soon)
    coming = set(await session.scalars(upcoming))
    claim = {"status": Status.CLAIMED, "claimed_by": worker, "claimed_at": now}
    rows = [
        occurrence(row.reminder_id, row.user_id, carrier_key(row.key), now, **claim)
        for reminder_id, row in latest.items()
        if reminder_id in reported and reminder_id not in coming
    ]
    if not rows:
        return []
    await insert_ignore(session, rows)
    keys = [str(row["occurrence_key"]) for row in rows]
    found = await session.execute(
        select(*CLAIMED).where(
            Occ.occurrence_key.in_(keys), Occ.claimed_by == worker, Occ.status == Status.CLAIMED
        )
    )
    return [Claimed(*row) for row in found.all()]
