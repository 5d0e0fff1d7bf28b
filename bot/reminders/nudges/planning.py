"""Nudges about an unfinished dialogue: rescheduled after every update, cancelled by any answer."""

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialogues import DialogueSpot
from bot.reminders.outbox import reminders
from bot.reminders.outbox.rows import insert_ignore, occurrence
from bot.reminders.rules import nudge_key


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
    reminder_id = await reminders.nudge_reminder(session, user_id, spot.payload(), now)
    rows = [
        occurrence(reminder_id, user_id, nudge_key(user_id, update_id, stage), now + delay)
        for stage, delay in enumerate(delays, start=1)
    ]
    await insert_ignore(session, rows)
