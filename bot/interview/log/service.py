"""Logging interviews: each answer is stored the moment it is given; drafts can be resumed."""

import re
from collections.abc import Sequence
from datetime import date, datetime

from bot.db.models import Interview
from bot.db.repositories import Repositories
from bot.interview.synthesis.model import HypothesisNote, InterviewRecord
from bot.value_prop.questions import Field

ALIAS_MAX_LENGTH = 128
_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str, today: date) -> date | None:
    """'25.11', '25.11.2026', '25/11/26' or '2026-11-25'; None if invalid or in the future.

    Without a year, the most recent such date that is not in the future is meant.
    """
    try:
        if iso := _ISO.match(text):
            value = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif match := _DATE.match(text):
            day, month, year = int(match[1]), int(match[2]), match[3]
            if year is None:
                value = date(today.year, month, day)
                if value > today:
                    value = date(today.year - 1, month, day)
            else:
                full_year = int(year) + (2000 if len(year) == 2 else 0)
                value = date(full_year, month, day)
        else:
            return None
    except ValueError:
        return None
    return value if value <= today else None


async def start(repo: Repositories, *, vp_id: int, respondent: str, now: datetime) -> Interview:
    interview = Interview(
        value_proposition_id=vp_id,
        respondent=respondent,
        status="draft",
        created_at=now,
        updated_at=now,
    )
    await repo.interviews.add_interview(interview)
    await repo.flush()
    return interview


async def set_note(
    repo: Repositories,
    *,
    interview: Interview,
    field: Field,
    now: datetime,
    said: str | None = None,
    verdict: str | None = None,
    keep_said: bool = False,
) -> None:
    """Store what the customer said (None = skipped) or the verdict for one hypothesis."""
    note = await repo.interviews.upsert_note(interview.id, field.value, now=now)
    if not keep_said:
        note.said = said
    if verdict is not None or not keep_said:
        note.verdict = verdict
    interview.updated_at = now
    await repo.flush()


async def set_quote(
    repo: Repositories, *, interview: Interview, field: Field, quote: str, now: datetime
) -> None:
    """Store the customer's own words on one hypothesis ("" = none written down)."""
    note = await repo.interviews.upsert_note(interview.id, field.value, now=now)
    note.quote = quote
    interview.updated_at = now
    await repo.flush()


def to_record(interview: Interview) -> InterviewRecord:
    """The pure view of an interview that synthesis works on."""
    findings = {
        Field(note.field): HypothesisNote(note.said, note.verdict, quote=note.quote or None)
        for note in interview.notes
    }
    return InterviewRecord(
        alias=interview.respondent,
        segment_fit=interview.segment_fit or "partly",
        findings=findings,
        commitment=interview.commitment or "none",
    )


def records(interviews: Sequence[Interview]) -> list[InterviewRecord]:
    return [to_record(interview) for interview in interviews if interview.status == "done"]
