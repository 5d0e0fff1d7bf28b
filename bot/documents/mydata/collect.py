"""Everything stored about one user, gathered into plain JSON-ready data for /mydata.

The answers, interviews, check-ins and transcript are read by the exports' own reader
(``data.source.read_client``); reminders, invites, scripts and settings only /mydata shows.
"""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import InterviewScript, Invite, Reminder, ReminderOccurrence, User
from bot.documents.data.source import read_client
from bot.documents.mydata.rows import (
    Data,
    checkin_row,
    invite_row,
    iso,
    profile_row,
    reminder_row,
    script_row,
    settings_row,
    transcript_row,
    vp_row,
)

EXPORT_FORMAT = "vp-coach/mydata"
EXPORT_VERSION = 1
# Occurrences still waiting to be delivered; sent and missed ones are history of the outbox.
UPCOMING = ("pending", "claimed", "suspended")


async def _consultant(session: AsyncSession, user: User) -> Data | None:
    """Only the consultant's id and name: the rest of their profile is not this user's data."""
    if user.consultant_id is None:
        return None
    consultant = await session.get(User, user.consultant_id)
    names = [consultant.first_name, consultant.last_name or ""] if consultant else []
    return {
        "id": user.consultant_id,
        "name": " ".join(name for name in names if name) or None,
        "shared_at": iso(user.shared_at),
    }


async def _reminders(session: AsyncSession, user_id: int) -> list[Data]:
    reminders = await session.scalars(
        select(Reminder).where(Reminder.user_id == user_id).order_by(Reminder.id)
    )
    occurrences = (
        await session.scalars(
            select(ReminderOccurrence)
            .where(ReminderOccurrence.user_id == user_id, ReminderOccurrence.status.in_(UPCOMING))
            .order_by(ReminderOccurrence.due_at, ReminderOccurrence.id)
        )
    ).all()
    return [reminder_row(reminder, occurrences) for reminder in reminders]


async def collect_user_data(
    session: AsyncSession,
    user_id: int,
    *,
    exported_at: datetime | None = None,
    dialogue: Mapping[str, Any] | None = None,
) -> Data:
    """All rows about ``user_id`` as JSON-serialisable data (times in ISO 8601, UTC).

    ``dialogue`` is the current FSM state and data, which live outside these tables (the FSM
    storage may be Redis); the caller passes them in. Raises LookupError for an unknown user.
    """
    user = await session.get(User, user_id)
    if user is None:
        raise LookupError(f"no user {user_id}")
    client = await read_client(session, user)
    scripts = {
        script.value_proposition_id: script_row(script)
        for script in await session.scalars(
            select(InterviewScript)
            .where(InterviewScript.value_proposition_id.in_([vp.id for vp in client.propositions]))
            .options(selectinload(InterviewScript.questions))
        )
    }
    invites = await session.scalars(
        select(Invite).where(Invite.created_by == user_id).order_by(Invite.id)
    )
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": iso(exported_at),
        "profile": {**profile_row(client), "source": user.source},
        "settings": settings_row(user),
        "consent": {"version": user.consent_version, "given_at": iso(user.consent_at)},
        "consultant": await _consultant(session, user),
        "value_propositions": [vp_row(vp, scripts.get(vp.id)) for vp in client.propositions],
        "reminders": await _reminders(session, user_id),
        "checkins": [checkin_row(note) for note in client.checkins],
        "invites": [invite_row(row) for row in invites],
        "dialogue": dict(dialogue) if dialogue is not None else None,
        "transcript": [transcript_row(line) for line in client.transcript],
    }
