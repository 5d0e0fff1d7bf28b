"""One stored row → plain JSON-ready data, for the /mydata export."""

import json
from datetime import date, datetime
from typing import Any

from bot.db.models import (
    AnswerRevision,
    CheckinNote,
    Interview,
    InterviewScript,
    Invite,
    ReminderOccurrence,
    TranscriptEntry,
    User,
)

Data = dict[str, Any]


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text of a date or an aware (UTC) time; None stays None."""
    return value.isoformat() if value is not None else None


def revision_row(revision: AnswerRevision) -> Data:
    return {
        "field": revision.field,
        "text": revision.text,
        "skipped": revision.skipped,
        "kept_finding": revision.kept_finding,
        "created_at": iso(revision.created_at),
    }


def interview_row(interview: Interview) -> Data:
    return {
        "id": interview.id,
        "respondent": interview.respondent,
        "held_on": iso(interview.held_on),
        "segment_fit": interview.segment_fit,
        "key_quote": interview.key_quote,
        "commitment": interview.commitment,
        "next_step": interview.next_step,
        "status": interview.status,
        "created_at": iso(interview.created_at),
        "updated_at": iso(interview.updated_at),
        "notes": [
            {
                "hypothesis": note.field,
                "said": note.said,
                "quote": note.quote,
                "verdict": note.verdict,
                "kept_fluff": note.kept_fluff,
                "created_at": iso(note.created_at),
            }
            for note in interview.notes
        ],
    }


def occurrence_row(occurrence: ReminderOccurrence) -> Data:
    return {
        "due_at": iso(occurrence.due_at),
        "status": occurrence.status,
        "attempts": occurrence.attempts,
        "last_error": occurrence.last_error,
    }


def checkin_row(note: CheckinNote) -> Data:
    return {
        "hypothesis": note.hypothesis,
        "action": note.action,
        "data": note.data,
        "insight": note.insight,
        "created_at": iso(note.created_at),
    }


def invite_row(invite: Invite) -> Data:
    """An invite the user created; its code is left out: it is a working key to the bot."""
    return {
        "kind": invite.kind,
        "created_at": iso(invite.created_at),
        "expires_at": iso(invite.expires_at),
        "max_uses": invite.max_uses,
        "uses": invite.uses,
        "revoked_at": iso(invite.revoked_at),
    }


def transcript_row(entry: TranscriptEntry) -> Data:
    return {
        "at": iso(entry.at),
        "direction": entry.direction,
        "kind": entry.kind,
        "dialogue": entry.dialogue,
        "step": entry.step,
        "text": entry.text,
    }


def _minutes(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def profile_row(user: User) -> Data:
    return {
        "id": user.id,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "username": user.username,
        "language": user.language,
        "timezone": user.timezone,
        "role": user.role,
        "created_at": iso(user.created_at),
        "last_seen_at": iso(user.last_seen_at),
        "blocked_at": iso(user.blocked_at),
        "source": user.source,  # the deep link of the first /start, if it was not an invite
    }


def settings_row(user: User) -> Data:
    return {
        "reminders_off": user.reminders_off,
        "reminders_paused_until": iso(user.reminders_paused_until),
        "reminder_kinds_off": [kind for kind in user.reminder_kinds_off.split(",") if kind],
        "quiet_hours": {"start": _minutes(user.quiet_start), "end": _minutes(user.quiet_end)},
        "notify_vp_done": user.notify_vp_done,
        "notify_interview": user.notify_interview,
    }


def script_row(script: InterviewScript) -> Data:
    return {
        "language": script.language,
        # The customer's world the questions name («закупка зерна»), as the founder confirmed it;
        # None for scripts made before topics.
        "topic": script.topic,
        "created_at": iso(script.created_at),
        "updated_at": iso(script.updated_at),
        "questions": [
            {
                "position": question.position,
                "section": question.section,
                "hypothesis": question.field,
                "text": question.text,
                "origin": question.origin,
                "kept_lint": question.kept_lint.split(",") if question.kept_lint else [],
            }
            for question in script.questions
        ],
    }


def rule_data(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text
