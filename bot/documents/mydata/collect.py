"""Everything stored about one user, gathered into plain JSON-ready data for /mydata.

The answers, interviews, check-ins and transcript are read by the exports' own reader
(``data.source.read_client``) and turned into rows here; reminders, invites, scripts and
settings only /mydata shows. Times are ISO 8601 text.
"""

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import InterviewScript, Invite, Reminder, ReminderOccurrence, User
from bot.documents.data import records
from bot.documents.data.model import InterviewRow, Proposition
from bot.documents.data.source import read_client

EXPORT_FORMAT = "vp-coach/mydata"
EXPORT_VERSION = 1
# Occurrences still waiting to be delivered; sent and missed ones are history of the outbox.
UPCOMING = ("pending", "claimed", "suspended")

Data = dict[str, Any]


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text of a date or an aware (UTC) time; None stays None."""
    return value.isoformat() if value is not None else None


def pick(row: object, *names: str) -> Data:
    """The named attributes of ``row``, times as ISO text."""
    return records.pick(row, *names, time=iso)


def _minutes(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def _settings(user: User) -> Data:
    return {
        "reminders_off": user.reminders_off,
        "reminders_paused_until": iso(user.reminders_paused_until),
        "reminder_kinds_off": [kind for kind in user.reminder_kinds_off.split(",") if kind],
        "quiet_hours": {"start": _minutes(user.quiet_start), "end": _minutes(user.quiet_end)},
        "notify_vp_done": user.notify_vp_done,
        "notify_interview": user.notify_interview,
    }


def _interview(interview: InterviewRow) -> Data:
    names = ("id", "respondent", "held_on", "segment_fit", "key_quote", "commitment")
    return pick(interview, *names, "next_step", "status", "created_at", "updated_at") | {
        "notes": [
            {"hypothesis": note.field}
            | pick(note, "said", "quote", "verdict", "kept_fluff", "created_at")
            for note in interview.notes
        ]
    }


def _proposition(vp: Proposition, script: Data | None) -> Data:
    """A value proposition with its history, script and interviews."""
    revisions = [
        pick(revision, "field", "text", "skipped", "kept_finding", "created_at")
        for revision in vp.revisions
    ]
    latest = {row["field"]: row for row in revisions}
    done = vp.synthesis.fields if vp.synthesis is not None and vp.interviews_done else ()
    return pick(vp, "id", "name", "status", "version", "parent_id") | {
        # Evidence status of each hypothesis from this version's finished interviews.
        "hypothesis_status": {item.field.value: item.status for item in done},
        **pick(vp, "created_at", "updated_at", "completed_at", "interview_goal"),
        # The latest revision of each field is the current answer.
        "answers": {field: row["text"] for field, row in latest.items()},
        # Current answers the founder kept despite coaching: still to sharpen.
        "to_sharpen": [
            field for field, row in latest.items() if row["kept_finding"] and not row["skipped"]
        ],
        "revisions": revisions,
        "interview_script": script,
        "interviews": [_interview(interview) for interview in vp.interviews],
    }


def _script(script: InterviewScript) -> Data:
    # The topic is the customer's world the questions name («закупка зерна»), as the founder
    # confirmed it; None for scripts made before topics.
    return pick(script, "language", "topic", "created_at", "updated_at") | {
        "questions": [
            {"position": question.position, "section": question.section}
            | {"hypothesis": question.field, "text": question.text, "origin": question.origin}
            | {"kept_lint": question.kept_lint.split(",") if question.kept_lint else []}
            for question in script.questions
        ],
    }


def _rule(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _reminder(reminder: Reminder, upcoming: Sequence[ReminderOccurrence]) -> Data:
    """A reminder with its occurrences still to be delivered."""
    return pick(reminder, "id", "kind") | {
        "rule": _rule(reminder.rule),
        **pick(reminder, "payload", "created_by", "active", "created_at"),
        "pending_occurrences": [
            pick(row, "due_at", "status", "attempts", "last_error")
            for row in upcoming
            if row.reminder_id == reminder.id
        ],
    }


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
    return [_reminder(reminder, occurrences) for reminder in reminders]


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
        script.value_proposition_id: _script(script)
        for script in await session.scalars(
            select(InterviewScript)
            .where(InterviewScript.value_proposition_id.in_([vp.id for vp in client.propositions]))
            .options(selectinload(InterviewScript.questions))
        )
    }
    invites = await session.scalars(
        select(Invite).where(Invite.created_by == user_id).order_by(Invite.id)
    )
    profile = ("id", "first_name", "last_name", "username", "language", "timezone", "role")
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": iso(exported_at),
        "profile": pick(client, *profile, "created_at", "last_seen_at", "blocked_at")
        | {"source": user.source},
        "settings": _settings(user),
        "consent": {"version": user.consent_version, "given_at": iso(user.consent_at)},
        "consultant": await _consultant(session, user),
        "value_propositions": [_proposition(vp, scripts.get(vp.id)) for vp in client.propositions],
        "reminders": await _reminders(session, user_id),
        "checkins": [
            pick(note, "hypothesis", "action", "data", "insight", "created_at")
            for note in client.checkins
        ],
        # An invite's code is left out: it is a working key to the bot.
        "invites": [
            pick(row, "kind", "created_at", "expires_at", "max_uses", "uses", "revoked_at")
            for row in invites
        ],
        "dialogue": dict(dialogue) if dialogue is not None else None,
        "transcript": [
            pick(line, "at", "direction", "kind", "dialogue", "step", "text")
            for line in client.transcript
        ],
    }
