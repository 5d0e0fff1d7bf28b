"""The update's session: what is committed before a reply leaves (commit_pending)."""

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import update_session
from bot.db.models import User

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _anna() -> User:
    return User(id=1, first_name="Анна", language="ru", created_at=NOW, last_seen_at=NOW)


async def _name(session_factory: async_sessionmaker[AsyncSession]) -> str | None:
    async with session_factory() as other:
        return await other.scalar(select(User.first_name).where(User.id == 1))


async def test_pending_writes_and_unflushed_changes_are_committed(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        with update_session.bound(session):
            session.add(
                User(id=1, first_name="Анна", language="ru", created_at=NOW, last_seen_at=NOW)
            )
            await session.flush()
            await update_session.commit_pending()
            assert await _name(session_factory) == "Анна"

            user = await session.get(User, 1)
            assert user is not None
            await session.commit()
            user.first_name = "Аня"  # dirty, no SQL yet, no transaction begun
            await update_session.commit_pending()
            assert await _name(session_factory) == "Аня"


async def test_nothing_is_committed_outside_an_update(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        session.add(_anna())
        await session.flush()
        await update_session.commit_pending()  # not bound: not this function's session
        assert await _name(session_factory) is None
        await session.rollback()
