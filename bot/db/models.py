"""ORM models. Times are aware UTC; user time zones are IANA names."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
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
