"""One-time sign-in links for a desktop browser: a random code, short-lived, used once.

The code lives in the database, so any replica can honour it, and one conditional UPDATE claims
it: two tabs opening the same link get in once between them.
"""

import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DashboardSignIn

CODE_BYTES = 24  # 192 bits


async def create(
    session: AsyncSession, *, user_id: int, now: datetime, lifetime: timedelta
) -> str:
    """A new code for ``user_id``; expired codes of everyone are dropped on the way."""
    await session.execute(delete(DashboardSignIn).where(DashboardSignIn.expires_at < now))
    code = secrets.token_urlsafe(CODE_BYTES)
    session.add(DashboardSignIn(code=code, user_id=user_id, expires_at=now + lifetime))
    await session.flush()
    return code


async def claim(session: AsyncSession, code: str, *, now: datetime) -> int | None:
    """The user the code was made for, if it is unused and not expired; it is used up now."""
    if not code or len(code) > 64:
        return None
    claimed = await session.scalar(
        update(DashboardSignIn)
        .where(
            DashboardSignIn.code == code,
            DashboardSignIn.used_at.is_(None),
            DashboardSignIn.expires_at > now,
        )
        .values(used_at=now)
        .returning(DashboardSignIn.user_id)
    )
    return None if claimed is None else int(claimed)
