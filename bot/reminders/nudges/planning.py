"""Nudges about an unfinished dialogue: rescheduled after every update, cancelled by any answer."""

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Reminder, ReminderOccurrence
from bot.interview.states import InterviewDialog
from bot.reminders.outbox.rows import insert_ignore
from bot.reminders.rules import Kind, Status, nudge_key
from bot.value_prop.states import QUESTION_STATES, VpDialog

Occ = ReminderOccurrence

VP_STATES = frozenset(
    {state.state for state in QUESTION_STATES.values()} | {VpDialog.review.state}
)
# Logging an interview; adding a question to the script is not a dialogue to come back to.
INTERVIEW_STATES = frozenset(
    {state.state for state in InterviewDialog.__all_states__} - {InterviewDialog.question.state}
)


@dataclass(frozen=True)
class DialogueSpot:
    """Where the founder stopped: which dialogue, which proposition, which step."""

    dialogue: str  # "vp" or "iv"
    vp: int
    step: str
    interview: int | None = None

    def payload(self) -> str:
        data: dict[str, Any] = {"d": self.dialogue, "vp": self.vp, "step": self.step}
        if self.interview is not None:
            data["iv"] = self.interview
        return json.dumps(data, sort_keys=True)


def spot_of(state: str | None, data: dict[str, Any]) -> DialogueSpot | None:
    """The dialogue a founder is in, from their FSM state and data; None outside one."""
    if state is None or not data.get("vp_id"):
        return None
    step = state.partition(":")[2]
    if state in VP_STATES:
        return DialogueSpot("vp", int(data["vp_id"]), step)
    if state in INTERVIEW_STATES:
        interview = int(data["iv_id"]) if data.get("iv_id") else None
        return DialogueSpot("iv", int(data["vp_id"]), step, interview)
    return None


def dialogue_of(spot: DialogueSpot | None) -> str | None:
    """Which dialogue a spot is in (dialogue, proposition, interview), without the step."""
    if spot is None:
        return None
    return f"{spot.dialogue}:{spot.vp}:{spot.interview or ''}"


def parse_spot(payload: str | None) -> DialogueSpot | None:
    try:
        data = json.loads(payload or "{}")
        return DialogueSpot(
            str(data["d"]), int(data["vp"]), str(data["step"]), data.get("iv") and int(data["iv"])
        )
    except (ValueError, KeyError, TypeError):
        return None


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
