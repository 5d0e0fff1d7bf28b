"""The export model's records and /mydata's own rows → plain JSON-ready data."""

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from bot.db.models import InterviewScript, Invite, Reminder, ReminderOccurrence, User
from bot.documents.data import records
from bot.documents.data.model import Checkin, Client, InterviewRow, Line, Proposition, Revision

Data = dict[str, Any]


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text of a date or an aware (UTC) time; None stays None."""
    return value.isoformat() if value is not None else None


def pick(row: object, *names: str) -> Data:
    """The named attributes of ``row``, times as ISO text."""
    return records.pick(row, *names, time=iso)


def profile_row(client: Client) -> Data:
    names = ("id", "first_name", "last_name", "username", "language", "timezone", "role")
    return pick(client, *names, "created_at", "last_seen_at", "blocked_at")


def _minutes(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def settings_row(user: User) -> Data:
    return {
        "reminders_off": user.reminders_off,
        "reminders_paused_until": iso(user.reminders_paused_until),
        "reminder_kinds_off": [kind for kind in user.reminder_kinds_off.split(",") if kind],
        "quiet_hours": {"start": _minutes(user.quiet_start), "end": _minutes(user.quiet_end)},
        "notify_vp_done": user.notify_vp_done,
        "notify_interview": user.notify_interview,
    }


def revision_row(revision: Revision) -> Data:
    return pick(revision, "field", "text", "skipped", "kept_finding", "created_at")


def interview_row(interview: InterviewRow) -> Data:
    names = ("id", "respondent", "held_on", "segment_fit", "key_quote", "commitment")
    return pick(interview, *names, "next_step", "status", "created_at", "updated_at") | {
        "notes": [
            {"hypothesis": note.field}
            | pick(note, "said", "quote", "verdict", "kept_fluff", "created_at")
            for note in interview.notes
        ]
    }


def vp_row(vp: Proposition, script: Data | None) -> Data:
    """A value proposition with its history, script and interviews."""
    revisions = [revision_row(revision) for revision in vp.revisions]
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
        "interviews": [interview_row(interview) for interview in vp.interviews],
    }


def checkin_row(note: Checkin) -> Data:
    return pick(note, "hypothesis", "action", "data", "insight", "created_at")


def transcript_row(line: Line) -> Data:
    return pick(line, "at", "direction", "kind", "dialogue", "step", "text")


def script_row(script: InterviewScript) -> Data:
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


def reminder_row(reminder: Reminder, upcoming: Sequence[ReminderOccurrence]) -> Data:
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


def invite_row(invite: Invite) -> Data:
    """An invite the user created; its code is left out: it is a working key to the bot."""
    names = ("kind", "created_at", "expires_at", "max_uses", "uses", "revoked_at")
    return pick(invite, *names)
