"""What reminders read or mark in other capabilities' tables: names, counts, clients, blocks."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, inspect, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Interview, User, ValueProposition


@dataclass(frozen=True)
class Proposition:
    """What a reminder about a value proposition says of it, and whose it is."""

    id: int
    user_id: int
    name: str
    status: str


async def proposition(session: AsyncSession, vp_id: int) -> Proposition | None:
    vp = ValueProposition
    query = select(vp.id, vp.user_id, vp.name, vp.status).where(vp.id == vp_id)
    row = (await session.execute(query)).first()
    return Proposition(*row) if row is not None else None


async def interviews_done(
    session: AsyncSession, vp_id: int, *, since: datetime | None = None
) -> int:
    """Finished interviews of a proposition, all or those logged since ``since``."""
    query = select(func.count()).where(
        Interview.value_proposition_id == vp_id, Interview.status == "done"
    )
    if since is not None:
        query = query.where(Interview.created_at >= since)
    return int(await session.scalar(query) or 0)


async def clients_among(
    session: AsyncSession, consultant_id: int, user_ids: Iterable[int]
) -> dict[int, User]:
    """Those of ``user_ids`` who are the consultant's clients, by id."""
    users = await session.scalars(
        select(User).where(User.id.in_(list(user_ids)), User.consultant_id == consultant_id)
    )
    return {user.id: user for user in users}


def row_gone(user: User) -> bool:
    """Whether the user's row was deleted in this session (their data, just now) or left it."""
    status = inspect(user)
    return status.deleted or status.detached


async def mark_blocked(session: AsyncSession, user_id: int, now: datetime) -> None:
    """Telegram said 403: the user blocked the bot."""
    await session.execute(update(User).where(User.id == user_id).values(blocked_at=now))
