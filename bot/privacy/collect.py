"""Everything stored about one user, gathered into plain JSON-ready data for /mydata."""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import (
    CheckinNote,
    Interview,
    InterviewScript,
    Invite,
    Reminder,
    ReminderOccurrence,
    TranscriptEntry,
    User,
    ValueProposition,
)
from bot.interview.log.service import records
from bot.interview.synthesis.build import synthesize
from bot.privacy.collect_rows import (
    checkin_row,
    interview_row,
    invite_row,
    iso,
    occurrence_row,
    profile_row,
    revision_row,
    rule_data,
    script_row,
    settings_row,
    transcript_row,
)
from bot.value_prop.questions import Field

EXPORT_FORMAT = "vp-coach/mydata"
EXPORT_VERSION = 1
# Occurrences still waiting to be delivered; sent and missed ones are history of the outbox.
UPCOMING = ("pending", "claimed", "suspended")

Data = dict[str, Any]


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


def _statuses(latest: dict[str, Data], interviews: Sequence[Interview]) -> dict[str, str]:
    """Per field the synthesis status (supported, refuted, mixed, testing…); {} before any."""
    if not any(interview.status == "done" for interview in interviews):
        return {}
    hypotheses = {
        Field(field): None if row["skipped"] else row["text"]
        for field, row in latest.items()
        if field in Field.__members__.values()
    }
    try:
        synthesis = synthesize(hypotheses, records(interviews))
    except ValueError:  # codes outside the known values: no statuses rather than a failure
        return {}
    return {item.field.value: item.status for item in synthesis.fields}


async def _value_propositions(session: AsyncSession, user_id: int) -> list[Data]:
    vps = (
        await session.scalars(
            select(ValueProposition)
            .where(ValueProposition.user_id == user_id)
            .options(selectinload(ValueProposition.revisions))
            .order_by(ValueProposition.id)
        )
    ).all()
    ids = [vp.id for vp in vps]
    scripts = {
        script.value_proposition_id: script
        for script in await session.scalars(
            select(InterviewScript)
            .where(InterviewScript.value_proposition_id.in_(ids))
            .options(selectinload(InterviewScript.questions))
        )
    }
    interviews = (
        await session.scalars(
            select(Interview)
            .where(Interview.value_proposition_id.in_(ids))
            .options(selectinload(Interview.notes))
            .order_by(Interview.id)
        )
    ).all()
    result = []
    for vp in vps:
        revisions = [revision_row(revision) for revision in vp.revisions]
        latest = {row["field"]: row for row in revisions}
        script = scripts.get(vp.id)
        own = [iv for iv in interviews if iv.value_proposition_id == vp.id]
        result.append(
            {
                "id": vp.id,
                "name": vp.name,
                "status": vp.status,
                # v1, v2…: a revision after interviews; ``parent_id`` is the version it revised.
                "version": vp.version,
                "parent_id": vp.parent_id,
                # Evidence status of each hypothesis from this version's finished interviews.
                "hypothesis_status": _statuses(latest, own),
                "created_at": iso(vp.created_at),
                "updated_at": iso(vp.updated_at),
                "completed_at": iso(vp.completed_at),
                "interview_goal": vp.interview_goal,
                # The latest revision of each field is the current answer.
                "answers": {field: row["text"] for field, row in latest.items()},
                # Current answers the founder kept despite coaching: still to sharpen.
                "to_sharpen": [
                    field
                    for field, row in latest.items()
                    if row["kept_finding"] and not row["skipped"]
                ],
                "revisions": revisions,
                "interview_script": script_row(script) if script is not None else None,
                "interviews": [
                    interview_row(iv) for iv in interviews if iv.value_proposition_id == vp.id
                ],
            }
        )
    return result


async def _reminders(session: AsyncSession, user_id: int) -> list[Data]:
    reminders = (
        await session.scalars(
            select(Reminder).where(Reminder.user_id == user_id).order_by(Reminder.id)
        )
    ).all()
    occurrences = (
        await session.scalars(
            select(ReminderOccurrence)
            .where(ReminderOccurrence.user_id == user_id, ReminderOccurrence.status.in_(UPCOMING))
            .order_by(ReminderOccurrence.due_at, ReminderOccurrence.id)
        )
    ).all()
    return [
        {
            "id": reminder.id,
            "kind": reminder.kind,
            "rule": rule_data(reminder.rule),
            "payload": reminder.payload,
            "created_by": reminder.created_by,
            "active": reminder.active,
            "created_at": iso(reminder.created_at),
            "pending_occurrences": [
                occurrence_row(row) for row in occurrences if row.reminder_id == reminder.id
            ],
        }
        for reminder in reminders
    ]


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
    transcript = await session.scalars(
        select(TranscriptEntry)
        .where(TranscriptEntry.user_id == user_id)
        .order_by(TranscriptEntry.id)
    )
    checkins = await session.scalars(
        select(CheckinNote).where(CheckinNote.user_id == user_id).order_by(CheckinNote.id)
    )
    invites = await session.scalars(
        select(Invite).where(Invite.created_by == user_id).order_by(Invite.id)
    )
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": iso(exported_at),
        "profile": profile_row(user),
        "settings": settings_row(user),
        "consent": {"version": user.consent_version, "given_at": iso(user.consent_at)},
        "consultant": await _consultant(session, user),
        "value_propositions": await _value_propositions(session, user_id),
        "reminders": await _reminders(session, user_id),
        "checkins": [checkin_row(row) for row in checkins],
        "invites": [invite_row(row) for row in invites],
        "dialogue": dict(dialogue) if dialogue is not None else None,
        "transcript": [transcript_row(row) for row in transcript],
    }
