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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, UTCDateTime, utcnow


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

    value_propositions: Mapped[list["ValueProposition"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def has_consent(self) -> bool:
        return self.consent_version is not None


class ValueProposition(Base):
    __tablename__ = "value_propositions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default=VpStatus.DRAFT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How many problem interviews the founder means to hold for this proposition.
    interview_goal: Mapped[int] = mapped_column(Integer, default=10, server_default="10")

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
    """What the customer said about one hypothesis, and the founder's verdict."""

    __tablename__ = "interview_notes"
    __table_args__ = (UniqueConstraint("interview_id", "field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(16))
    said: Mapped[str | None] = mapped_column(Text)  # None when skipped
    verdict: Mapped[str | None] = mapped_column(String(16))  # confirmed, partly, refuted, unclear
    kept_fluff: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TranscriptEntry(Base):
    """Append-only log of every exchange with a consenting user, for consultants' exports."""

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


class FsmRecord(Base):
    """aiogram FSM state and data, one row per storage key (see bot.telegram.fsm_storage)."""

    __tablename__ = "fsm_states"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[str] = mapped_column(Text, default="{}")  # JSON object
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
