"""The ``reminders`` rows: a founder's active reminder of a kind, starting and stopping one."""

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Protocol

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Reminder, User
from bot.db.prepared import Prepared
from bot.reminders.rules import Kind

ACTIVE_RECURRING = (Reminder.active.is_(True), Reminder.kind.in_([Kind.CADENCE, Kind.CHECKIN]))


class Schedulable(Protocol):
    """What unrolling a rule into occurrences reads of a reminder."""

    @property
    def id(self) -> int: ...
    @property
    def user_id(self) -> int: ...
    @property
    def rule(self) -> str: ...
    @property
    def active(self) -> bool: ...


@dataclass(frozen=True)
class ReminderRow:
    """One reminder as its settings screens and the scheduler read it."""

    id: int
    user_id: int
    kind: str
    rule: str
    active: bool
    payload: str | None = None  # a consultant's text, a nudge's spot
    created_by: int | None = None


COLUMNS = tuple(getattr(Reminder, field.name) for field in fields(ReminderRow))
# A founder entering a dialogue runs these: built once, on the table, not the ORM class (see
# bot.reminders.outbox.rows).
REMINDERS: Table = Reminder.__table__  # type: ignore[assignment]
Rem = REMINDERS.c
NUDGE = Prepared(
    select(Rem.id, Rem.payload, Rem.active).where(
        Rem.user_id == bindparam("user_id"), Rem.kind == Kind.NUDGE
    )
)


async def active(session: AsyncSession, user_id: int, kind: Kind) -> ReminderRow | None:
    """The user's newest active reminder of ``kind``."""
    mine = (Reminder.user_id == user_id, Reminder.kind == kind, Reminder.active.is_(True))
    newest = select(*COLUMNS).where(*mine).order_by(Reminder.id.desc()).limit(1)
    row = (await session.execute(newest)).first()
    return ReminderRow(*row) if row is not None else None


async def by_id(session: AsyncSession, reminder_id: int) -> ReminderRow | None:
    row = (await session.execute(select(*COLUMNS).where(Reminder.id == reminder_id))).first()
    return ReminderRow(*row) if row is not None else None


async def add(
    session: AsyncSession,
    *,
    user_id: int,
    kind: Kind,
    rule: str,
    now: datetime,
    created_by: int | None = None,
    payload: str | None = None,
) -> ReminderRow:
    """A new active reminder; the row with its id."""
    values = {"user_id": user_id, "kind": kind, "rule": rule, "payload": payload}
    reminder_id = await session.scalar(
        insert(REMINDERS)
        .values(created_by=created_by, created_at=now, active=True, **values)
        .returning(Rem.id)
    )
    assert reminder_id is not None
    return ReminderRow(reminder_id, user_id, kind, rule, True, payload, created_by)


async def deactivate(session: AsyncSession, reminder_id: int) -> None:
    await session.execute(update(Reminder).where(Reminder.id == reminder_id).values(active=False))


async def recurring(session: AsyncSession, user_id: int) -> list[ReminderRow]:
    """The user's active recurring reminders."""
    query = select(*COLUMNS).where(Reminder.user_id == user_id, *ACTIVE_RECURRING)
    return [ReminderRow(*row) for row in (await session.execute(query)).all()]


async def every_recurring(session: AsyncSession) -> list[tuple[ReminderRow, str]]:
    """Everyone's active recurring reminders, each with its user's zone."""
    rows = await session.execute(
        select(*COLUMNS, User.timezone)
        .join(User, User.id == Reminder.user_id)
        .where(*ACTIVE_RECURRING)
    )
    return [(ReminderRow(*row[:-1]), row[-1]) for row in rows.all()]


async def kinds_of(session: AsyncSession, user_id: int) -> dict[int, str]:
    """{reminder id: kind} of every reminder of the user."""
    query = select(Reminder.id, Reminder.kind).where(Reminder.user_id == user_id)
    return {int(reminder_id): str(kind) for reminder_id, kind in await session.execute(query)}


async def nudge_reminder(session: AsyncSession, user_id: int, payload: str, now: datetime) -> int:
    """The user's one nudge reminder, active and naming ``payload``'s spot; its id."""
    found = await NUDGE.row(session, {"user_id": user_id})
    if found is None:
        row = await add(
            session, user_id=user_id, kind=Kind.NUDGE, rule="{}", now=now, payload=payload
        )
        return row.id
    found_id, found_payload, found_active = found
    if (found_payload, found_active) != (payload, True):
        await session.execute(
            update(REMINDERS).where(Rem.id == found_id).values(payload=payload, active=True)
        )
    return int(found_id)
