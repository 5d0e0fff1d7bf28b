"""One user's pending occurrences: listing them, moving one, cancelling a reminder's or nudges."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.prepared import Prepared
from bot.reminders.outbox.reminders import REMINDERS, Rem
from bot.reminders.outbox.rows import OCC, Occ
from bot.reminders.rules import Kind, Status


@dataclass(frozen=True)
class Pending:
    """A pending occurrence: which reminder, its key (the local slot) and when it is due."""

    id: int
    reminder_id: int
    key: str
    due_at: datetime


PENDING = (Occ.id, Occ.reminder_id, Occ.occurrence_key, Occ.due_at)
NUDGES_OF = select(Rem.id).where(Rem.user_id == bindparam("uid"), Rem.kind == Kind.NUDGE)
CANCEL_NUDGES = Prepared(  # prepared once (see bot.reminders.outbox.rows)
    update(OCC)
    .where(
        Occ.user_id == bindparam("uid"),
        Occ.status == Status.PENDING,
        Occ.reminder_id.in_(NUDGES_OF.scalar_subquery()),
    )
    .values(status=Status.CANCELLED, last_error="founder answered")
)


@dataclass(frozen=True)
class PendingWithRule:
    """A pending occurrence with what its active reminder says, for the /reminders list."""

    id: int
    due_at: datetime
    kind: str
    rule: str
    payload: str | None


async def of_user(session: AsyncSession, user_id: int) -> list[Pending]:
    query = select(*PENDING).where(Occ.user_id == user_id, Occ.status == Status.PENDING)
    return [Pending(*row) for row in (await session.execute(query)).all()]


async def own(session: AsyncSession, user_id: int, occurrence_id: int) -> Pending | None:
    """The occurrence if it is the user's and still pending."""
    mine = (Occ.id == occurrence_id, Occ.user_id == user_id, Occ.status == Status.PENDING)
    row = (await session.execute(select(*PENDING).where(*mine))).first()
    return Pending(*row) if row is not None else None


async def with_rules(session: AsyncSession, user_id: int, *, limit: int) -> list[PendingWithRule]:
    """The user's next pending occurrences of active reminders, soonest first."""
    rows = await session.execute(
        select(Occ.id, Occ.due_at, Rem.kind, Rem.rule, Rem.payload)
        .join(REMINDERS, Rem.id == Occ.reminder_id)
        .where(Occ.user_id == user_id, Occ.status == Status.PENDING, Rem.active.is_(True))
        .order_by(Occ.due_at)
        .limit(limit)
    )
    return [PendingWithRule(*row) for row in rows.all()]


async def move(session: AsyncSession, occurrence_id: int, due_at: datetime) -> None:
    await session.execute(update(OCC).where(Occ.id == occurrence_id).values(due_at=due_at))


async def _cancel(session: AsyncSession, reason: str, *where: ColumnElement[bool]) -> None:
    await session.execute(
        update(OCC).where(*where).values(status=Status.CANCELLED, last_error=reason)
    )


async def cancel(session: AsyncSession, occurrence_id: int, reason: str) -> None:
    await _cancel(session, reason, Occ.id == occurrence_id)


async def cancel_of_reminder(session: AsyncSession, reminder_id: int, reason: str) -> None:
    await _cancel(session, reason, Occ.reminder_id == reminder_id, Occ.status == Status.PENDING)


async def cancel_nudges(session: AsyncSession, user_id: int) -> None:
    """The founder did something: their pending nudges are void."""
    await CANCEL_NUDGES.write(session, {"uid": user_id})
