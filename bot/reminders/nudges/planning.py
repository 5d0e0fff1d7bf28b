"""Nudges about an unfinished dialogue: rescheduled after every update, cancelled by any answer."""

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Reminder, ReminderOccurrence
from bot.dialogues import DialogueSpot
from bot.reminders.outbox.rows import insert_ignore
from bot.reminders.rules import Kind, Status, nudge_key

Occ = ReminderOccurrence


async def cancel_nudges(session: AsyncSession, user_id: int) -> None:
    """The founder did something: their pending nudges are void."""
    nudges = select(Reminder.id).where(Reminder.user_id == user_id, Reminder.kind == Kind.NUDGE)
    await session.execute(
        update(Occ)
        .where(
            Occ.user_id == user_id,
            Occ.status == Status.PENDING,
            Occ.reminder_id.in_(nudges.scalar_subquery()),
        )
        .values(status=Status.CANCELLED, last_error="founder answered")
        .execution_options(synchronize_session=False)
    )


async def schedule_nudges(
    session: AsyncSession,
    *,
    user_id: int,
    spot: DialogueSpot,
    update_id: int,
    now: datetime,
    delays: tuple[timedelta, timedelta],
) -> None:
    """The first and the last nudge after this update; keys make a replayed update harmless."""
    reminder = await session.scalar(
        select(Reminder).where(Reminder.user_id == user_id, Reminder.kind == Kind.NUDGE)
    )
    if reminder is None:
        reminder = Reminder(user_id=user_id, kind=Kind.NUDGE, rule="{}", created_at=now)
        session.add(reminder)
    reminder.payload = spot.payload()
    reminder.active = True
    await session.flush()
    rows = [
        {
            "reminder_id": reminder.id,
            "user_id": user_id,
            "occurrence_key": nudge_key(user_id, update_id, stage),
            "due_at": now + delay,
            "status": Status.PENDING,
        }
        for stage, delay in enumerate(delays, start=1)
    ]
    await insert_ignore(session, rows)
