"""What an export reads: one client with everything they did, as plain frozen dataclasses."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from bot.interview.synthesis.model import Synthesis
from bot.value_prop.questions import Field


@dataclass(frozen=True)
class Scope:
    """Whose data goes out: a consultant's clients, given users (intersected), or everyone."""

    consultant_id: int | None = None
    user_ids: tuple[int, ...] | None = None
    since: datetime | None = None  # events (revisions, interviews, ...) at or after, aware UTC


@dataclass(frozen=True)
class Revision:
    """One version of one answer; ``version`` counts from 1 per proposition and field."""

    id: int
    field: str
    version: int
    text: str | None
    skipped: bool
    kept_finding: str | None
    created_at: datetime


@dataclass(frozen=True)
class Answer:
    """The current answer of a field: its latest revision, and how many versions there were."""

    text: str | None
    skipped: bool
    kept_finding: str | None
    answered_at: datetime
    versions: int


@dataclass(frozen=True)
class Note:
    """One hypothesis in one interview: the founder's notes (None = skipped), the customer's own
    words ("" = none written down) and the founder's verdict."""

    field: str
    said: str | None
    verdict: str | None
    quote: str | None
    kept_fluff: str | None  # a coaching finding the founder kept despite the hint
    created_at: datetime


@dataclass(frozen=True)
class InterviewRow:
    """One logged interview with its notes per hypothesis."""

    id: int
    respondent: str
    held_on: date | None
    status: str
    segment_fit: str | None
    commitment: str | None
    key_quote: str | None
    next_step: str | None
    created_at: datetime
    updated_at: datetime
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Proposition:
    """A value proposition: current answers from the whole history, events within the scope."""

    id: int
    name: str
    status: str
    interview_goal: int
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    answers: Mapping[Field, Answer]  # fields never answered are absent
    revision_total: int  # every revision ever, regardless of ``since``
    interviews_done: int  # finished interviews ever, regardless of ``since``
    revisions: tuple[Revision, ...]  # since-filtered
    interviews: tuple[InterviewRow, ...]  # since-filtered
    synthesis: Synthesis | None  # over every finished interview; None if the data is invalid
    version: int = 1  # v1, v2… of the proposition; a later version revises ``parent_id``
    parent_id: int | None = None
    script_topic: str | None = None  # the interview script's confirmed topic, if there is one


@dataclass(frozen=True)
class Checkin:
    """A weekly check-in note."""

    id: int
    hypothesis: str | None
    action: str | None
    data: str | None
    insight: str | None
    created_at: datetime


@dataclass(frozen=True)
class Line:
    """One transcript entry."""

    id: int
    at: datetime
    direction: str
    kind: str
    dialogue: str | None
    step: str | None
    text: str | None
    telegram_message_id: int | None
    update_id: int | None


@dataclass(frozen=True)
class Client:
    """A user in the scope with their profile, propositions, check-ins and transcript."""

    id: int
    first_name: str
    last_name: str | None
    username: str | None
    language: str
    timezone: str
    role: str
    consultant_id: int | None
    consent_version: int | None
    consent_at: datetime | None
    shared_at: datetime | None
    created_at: datetime
    last_seen_at: datetime
    blocked_at: datetime | None
    propositions: tuple[Proposition, ...] = ()
    checkins: tuple[Checkin, ...] = ()
    transcript: tuple[Line, ...] = ()

    @property
    def display_name(self) -> str:
        """First and last name as Telegram shows them; may be empty."""
        return " ".join(part for part in (self.first_name, self.last_name) if part).strip()
