"""Counts over time for the charts: interviews per week, hypotheses by status, the lead funnel."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dashboard.queries.clients import SESSION_REQUEST
from bot.db.models import Interview, Role, TranscriptEntry, User, ValueProposition, VpStatus

WEEKS = 12
STEPS = ("started", "consented", "finished", "interviewed", "asked")


def week_of(day: date) -> date:
    """The Monday of the day's ISO week."""
    return day - timedelta(days=day.weekday())


def recent_weeks(today: date, count: int = WEEKS) -> list[date]:
    last = week_of(today)
    return [last - timedelta(weeks=n) for n in range(count - 1, -1, -1)]


def _in_scope(scope: int | None) -> ColumnElement[bool]:
    return User.consultant_id.is_not(None) if scope is None else User.consultant_id == scope


async def interviews_per_week(
    session: AsyncSession, *, scope: int | None, today: date
) -> list[tuple[date, int]]:
    """Finished interviews of the clients in scope, by the week they were held."""
    weeks = recent_weeks(today)
    days = await session.execute(
        select(Interview.held_on, Interview.created_at)
        .join(ValueProposition, ValueProposition.id == Interview.value_proposition_id)
        .join(User, User.id == ValueProposition.user_id)
        .where(_in_scope(scope), Interview.status == "done")
    )
    counts = Counter(week_of(held or created.date()) for held, created in days)
    return [(week, counts.get(week, 0)) for week in weeks]


@dataclass
class LeadFunnel:
    """How many founders reached each step (STEPS), by the week they started or their source."""

    by_week: dict[date, Counter[str]] = field(default_factory=dict)
    by_source: dict[str, Counter[str]] = field(default_factory=dict)


async def _users_with(session: AsyncSession, query: object) -> set[int]:
    return set((await session.scalars(query)).all())  # type: ignore[call-overload]


async def lead_funnel(session: AsyncSession, *, today: date) -> LeadFunnel:
    """Every founder, with or without a consultant (the consultancy's own view)."""
    finished = await _users_with(
        session, select(ValueProposition.user_id).where(ValueProposition.status == VpStatus.DONE)
    )
    interviewed = await _users_with(
        session,
        select(ValueProposition.user_id)
        .join(Interview, Interview.value_proposition_id == ValueProposition.id)
        .where(Interview.status == "done"),
    )
    asked = await _users_with(
        session,
        select(TranscriptEntry.user_id).where(TranscriptEntry.callback_data.like(SESSION_REQUEST)),
    )
    weeks = set(recent_weeks(today))
    result = LeadFunnel(by_week={week: Counter() for week in sorted(weeks)})
    users = await session.execute(
        select(User.id, User.created_at, User.consent_version, User.source).where(
            User.role == Role.FOUNDER
        )
    )
    for user_id, created, consent, source in users:
        reached = {"started"} | ({"consented"} if consent is not None else set())
        reached |= {name for name, ids in _marks(finished, interviewed, asked) if user_id in ids}
        week = week_of(created.date())
        if week in weeks:
            result.by_week[week].update(reached)
        result.by_source.setdefault(source or "", Counter()).update(reached)
    return result


def _marks(
    finished: set[int], interviewed: set[int], asked: set[int]
) -> tuple[tuple[str, set[int]], ...]:
    return (("finished", finished), ("interviewed", interviewed), ("asked", asked))


@dataclass(frozen=True)
class Lead:
    id: int
    name: str
    username: str | None
    source: str | None
    asked_at: datetime


async def leads_without_consultant(session: AsyncSession) -> list[Lead]:
    """Founders who asked for a session and have no consultant yet, newest request first."""
    asked_at = func.max(TranscriptEntry.at).label("asked_at")
    rows = await session.execute(
        select(User, asked_at)
        .join(TranscriptEntry, TranscriptEntry.user_id == User.id)
        .where(User.consultant_id.is_(None), TranscriptEntry.callback_data.like(SESSION_REQUEST))
        .group_by(User.id)
        .order_by(asked_at.desc())
    )
    return [
        Lead(
            user.id,
            " ".join(p for p in (user.first_name, user.last_name) if p) or str(user.id),
            user.username,
            user.source,
            at,
        )
        for user, at in rows
    ]
