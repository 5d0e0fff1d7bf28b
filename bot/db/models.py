"""ORM models. Times are aware UTC; user time zones are IANA names."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column, relationship

from bot.db.base import Base, UTCDateTime, utcnow


def _owner_id() -> MappedColumn[int]:
    """The id of the user a row belongs to: indexed, the row deleted with the user."""
    return mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True)


class Role(StrEnum):
    FOUNDER = "founder"
    CONSULTANT = "consultant"
    ADMIN = "admin"


class VpStatus(StrEnum):
    DRAFT = "draft"  # questions still being answered
    REVIEW = "review"  # all five answered, founder is reviewing
    DONE = "done"  # confirmed; the card was produced
    ABANDONED = "abandoned"  # founder chose to start over; kept, never deleted


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    first_name: Mapped[str] = mapped_column(String(256), default="")
    last_name: Mapped[str | None] = mapped_column(String(256))
    username: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="ru")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Moscow")
    role: Mapped[str] = mapped_column(String(16), default=Role.FOUNDER)
    consent_version: Mapped[int | None] = mapped_column(Integer)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Consultant link: set only after the founder agreed to share their answers.
    consultant_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    shared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A consultant's notification switches (ignored for founders).
    notify_vp_done: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    notify_interview: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # Reminder preferences (local wall-clock minutes since midnight in `timezone`).
    quiet_start: Mapped[int] = mapped_column(Integer, default=22 * 60, server_default="1320")
    quiet_end: Mapped[int] = mapped_column(Integer, default=9 * 60, server_default="540")
    reminders_off: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    reminders_paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Reminder kinds the user turned off, comma-separated (e.g. "nudge,checkin").
    reminder_kinds_off: Mapped[str] = mapped_column(String(128), default="", server_default="")
    # Deep-link payload of the first /start that was not an invite (a channel post, an ad).
    source: Mapped[str | None] = mapped_column(String(64))

    value_propositions: Mapped[list["ValueProposition"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def has_consent(self) -> bool:
        return self.consent_version is not None


class ValueProposition(Base):
    __tablename__ = "value_propositions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _owner_id()
    name: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default=VpStatus.DRAFT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How many problem interviews the founder means to hold for this proposition.
    interview_goal: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    # Versions: a revision after interviews is a new row (v2, v3…) pointing at the one it
    # revised, so answers, the card and interviews stay with the version they belong to.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("value_propositions.id", ondelete="SET NULL"), index=True
    )

    user: Mapped[User] = relationship(back_populates="value_propositions")
    revisions: Mapped[list["AnswerRevision"]] = relationship(
        back_populates="value_proposition",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AnswerRevision.id",
    )


class AnswerRevision(Base):
    """Every version of every answer; the latest per field is the current answer.

    Rows are only ever added, so edits keep the history of earlier versions.
    """

    __tablename__ = "answer_revisions"
    __table_args__ = (Index("ix_answer_revisions_vp_field", "value_proposition_id", "field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value_proposition_id: Mapped[int] = mapped_column(
        ForeignKey("value_propositions.id", ondelete="CASCADE")
    )
    field: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)  # None when skipped
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    # Coaching finding the founder chose to keep the answer despite (e.g. "segment_too_broad").
    kept_finding: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    value_proposition: Mapped[ValueProposition] = relationship(back_populates="revisions")


class InterviewScript(Base):
    """The founder's problem-interview script for one value proposition."""

    __tablename__ = "interview_scripts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value_proposition_id: Mapped[int] = mapped_column(
        ForeignKey("value_propositions.id", ondelete="CASCADE"), unique=True
    )
    language: Mapped[str] = mapped_column(String(8))
    # The customer's world named in the questions («закупка зерна»), confirmed by the founder;
    # NULL for scripts generated before topics.
    topic: Mapped[str | None] = mapped_column(String(80), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    questions: Mapped[list["ScriptQuestion"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ScriptQuestion.position"
    )


class ScriptQuestion(Base):
    """One question of a script, generated from the proposition or written by the founder."""

    __tablename__ = "script_questions"
    __table_args__ = (Index("ix_script_questions_script_position", "script_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("interview_scripts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(16))  # the hypothesis it tests
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="generated")  # or "founder"
    # Linter rules the founder chose to keep the question despite, comma-separated.
    kept_lint: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Interview(Base):
    """One logged problem interview with a customer."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value_proposition_id: Mapped[int] = mapped_column(
        ForeignKey("value_propositions.id", ondelete="CASCADE"), index=True
    )
    respondent: Mapped[str] = mapped_column(String(128))
    held_on: Mapped[date | None] = mapped_column(Date)
    segment_fit: Mapped[str | None] = mapped_column(String(8))  # yes, partly, no
    key_quote: Mapped[str | None] = mapped_column(Text)
    commitment: Mapped[str | None] = mapped_column(String(16))  # none, time, reputation, money
    next_step: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft, done
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    notes: Mapped[list["InterviewNote"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="InterviewNote.id"
    )


class InterviewNote(Base):
    """One hypothesis in one interview: the founder's notes, the customer's words, the verdict."""

    __tablename__ = "interview_notes"
    __table_args__ = (UniqueConstraint("interview_id", "field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(16))
    said: Mapped[str | None] = mapped_column(Text)  # the founder's notes; None when skipped
    # The customer's own words, kept apart from the notes: "" when none were written down,
    # None while not asked yet.
    quote: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(16))  # confirmed, partly, refuted, unclear
    kept_fluff: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TranscriptEntry(Base):
    """Append-only log of every exchange with a consenting user, filed under the chat it
    happened in (``user_id``: private chat ids are user ids), for exports and /mydata."""

    __tablename__ = "transcript"
    __table_args__ = (Index("ix_transcript_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    kind: Mapped[str] = mapped_column(String(32))  # text, command, callback, sticker, photo, ...
    dialogue: Mapped[str | None] = mapped_column(String(32))  # e.g. "value_prop"
    step: Mapped[str | None] = mapped_column(String(64))  # e.g. "segment"
    text: Mapped[str | None] = mapped_column(Text)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    update_id: Mapped[int | None] = mapped_column(BigInteger)
    # A button press is filed with its label as ``text``; this keeps the data it carried.
    callback_data: Mapped[str | None] = mapped_column(String(64))


class Invite(Base):
    """A one-time or limited deep link: a consultant inviting clients, or an admin a consultant."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # "client" or "consultant"
    created_by: Mapped[int] = _owner_id()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    max_uses: Mapped[int] = mapped_column(Integer, default=1)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Deletion(Base):
    """The only trace left of a user who deleted their data: that it happened, and when."""

    __tablename__ = "deletions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_hash: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of the id, salted
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Reminder(Base):
    """A reminder rule: what to send to whom, and when (a local rule in the user's zone)."""

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _owner_id()
    kind: Mapped[str] = mapped_column(String(16))  # nudge, cadence, consultant, checkin
    rule: Mapped[str] = mapped_column(Text, default="{}")  # JSON: weekdays, local time, ...
    payload: Mapped[str | None] = mapped_column(Text)  # e.g. a consultant's message text
    created_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="SET NULL")
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReminderOccurrence(Base):
    """One due delivery of a reminder (the outbox); its unique key stops double sends."""

    __tablename__ = "reminder_occurrences"
    __table_args__ = (Index("ix_reminder_occurrences_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminders.id", ondelete="CASCADE"))
    user_id: Mapped[int] = _owner_id()
    occurrence_key: Mapped[str] = mapped_column(String(128), unique=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # pending, claimed, sent, missed, cancelled, suspended, failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)


class CheckinNote(Base):
    """A weekly check-in: hypothesis → action → data → insight."""

    __tablename__ = "checkin_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _owner_id()
    hypothesis: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    data: Mapped[str | None] = mapped_column(Text)
    insight: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InboxUpdate(Base):
    """Every update received, stored before Telegram is told so (see bot.updates).

    ``handled_at`` is set in the update's own transaction (or when it is given up, with
    ``error``); ``claimed_until`` is the lease of the process handling it and ``attempts`` how
    many processes took it on. Handled rows are pruned after a few days.
    """

    __tablename__ = "inbox_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[str] = mapped_column(Text)  # the update's JSON as Telegram sent it
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    error: Mapped[str | None] = mapped_column(Text)


class FsmRecord(Base):
    """aiogram FSM state and data, one row per storage key (see bot.telegram.fsm_storage)."""

    __tablename__ = "fsm_states"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[str] = mapped_column(Text, default="{}")  # JSON object
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class DashboardSignIn(Base):
    """A one-time sign-in link to the dashboard for a desktop browser (short-lived)."""

    __tablename__ = "dashboard_sign_ins"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = _owner_id()
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
