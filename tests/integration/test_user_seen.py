"""The user's load and "seen" mark on every update (bot.db.repositories.users.UserRepo.touch).

The mark is a plain UPDATE, not an ORM flush: the row and the loaded object must both say what
Telegram sent last, the previous "seen" time and a past block must be reported, and nothing may
be left for the ORM to write again.
"""

from datetime import UTC, datetime, timedelta

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.db.models import User
from bot.db.repositories.users import UserRepo

FIRST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def touch(
    repo: UserRepo, now: datetime, first_name: str = "Анна"
) -> tuple[User, datetime | None, bool]:
    return await repo.touch(
        user_id=7, first_name=first_name, last_name=None, username="anna", language="ru", now=now
    )


async def test_the_seen_mark_reports_the_past_and_leaves_nothing_to_flush(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    async with session_factory.begin() as session:
        user, previous, was_blocked = await touch(UserRepo(session), FIRST)
        assert (previous, was_blocked) == (None, False)  # a new user
        user.blocked_at = FIRST + timedelta(hours=1)  # later the bot was blocked

    later = FIRST + timedelta(days=2)
    statements: list[str] = []
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    async with session_factory.begin() as session:
        user, previous, was_blocked = await touch(UserRepo(session), later, first_name="Аня")
        assert (previous, was_blocked) == (FIRST, True)
        assert (user.first_name, user.last_seen_at, user.blocked_at) == ("Аня", later, None)
        assert not session.dirty  # the object agrees with the row: no second write
        await session.flush()
    assert [s.split()[0] for s in statements] == ["SELECT", "UPDATE"]

    async with session_factory() as session:
        stored = (await session.scalars(select(User).where(User.id == 7))).one()
        assert (stored.first_name, stored.last_seen_at, stored.blocked_at) == ("Аня", later, None)
