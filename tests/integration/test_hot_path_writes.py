"""Writes every update or answer makes as plain statements, not ORM flushes (docs/decisions.md).

The user's "seen" mark (bot.db.repositories.users) and an answer's revision with its
proposition's touch (bot.db.repositories.value_props): the rows and the loaded objects must
agree, and nothing may be left for the ORM to write again.
"""

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import User, ValueProposition
from bot.db.repositories.users import UserRepo
from bot.db.repositories.value_props import ValuePropRepo
from bot.db.sqlite_inline import InlineConnection

FIRST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def touch(
    repo: UserRepo, now: datetime, first_name: str = "Анна"
) -> tuple[User, datetime | None, bool]:
    return await repo.touch(
        user_id=7, first_name=first_name, last_name=None, username="anna", language="ru", now=now
    )


async def watch_statements(session: AsyncSession, into: list[str]) -> None:
    """Collect the statements the session's connection runs, at the driver (prepared statements
    bypass SQLAlchemy, bot.db.prepared); the drivers' own BEGIN and COMMIT are left out."""

    def note(sql: str) -> None:
        if sql.split(maxsplit=1)[0] not in ("BEGIN", "COMMIT", "BEGIN;", "COMMIT;"):
            into.append(sql)

    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    if isinstance(driver, InlineConnection):
        assert driver.connection is not None
        driver.connection.set_trace_callback(note)
        return
    # asyncpg: a transaction's first statement through SQLAlchemy, the rest on asyncpg
    event.listen(connection.sync_connection, "before_cursor_execute", lambda *a: note(a[2]))
    assert driver is not None
    driver.add_query_logger(lambda logged: note(logged.query))


async def test_the_seen_mark_reports_the_past_and_leaves_nothing_to_flush(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        user, previous, was_blocked = await touch(UserRepo(session), FIRST)
        assert (previous, was_blocked) == (None, False)  # a new user
        user.blocked_at = FIRST + timedelta(hours=1)  # later the bot was blocked

    later = FIRST + timedelta(days=2)
    statements: list[str] = []
    async with session_factory.begin() as session:
        await watch_statements(session, statements)
        user, previous, was_blocked = await touch(UserRepo(session), later, first_name="Аня")
        assert (previous, was_blocked) == (FIRST, True)
        assert (user.first_name, user.last_seen_at, user.blocked_at) == ("Аня", later, None)
        assert not session.dirty  # the object agrees with the row: no second write
        await session.flush()
    # PostgreSQL reads the row before the mark in the UPDATE itself (bot.db.repositories.users)
    one = session_factory.kw["bind"].dialect.name == "postgresql"
    assert [s.split()[0] for s in statements] == (["UPDATE"] if one else ["SELECT", "UPDATE"])

    async with session_factory() as session:
        stored = (await session.scalars(select(User).where(User.id == 7))).one()
        assert (stored.first_name, stored.last_seen_at, stored.blocked_at) == ("Аня", later, None)


async def test_an_answer_is_one_insert_and_one_touch_and_the_proposition_agrees(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    later = FIRST + timedelta(minutes=5)
    async with session_factory.begin() as session:
        await touch(UserRepo(session), FIRST)
        repo = ValuePropRepo(session)
        vp = await repo.create(user_id=7, name="Кофейня", now=FIRST)
        await repo.add_revision(vp, field="segment", text="мамы", skipped=False, now=later)
        statements: list[str] = []
        await watch_statements(session, statements)
        await repo.add_revision(
            vp,
            field="segment",
            text="мамы с детьми до 3 лет",
            skipped=False,
            now=later,
            kept_finding="segment_too_broad",
        )
        await asyncio.sleep(0)  # asyncpg calls its query loggers soon after, not at once
        # PostgreSQL: the touch rides along as a data-modifying WITH of the INSERT
        one = session_factory.kw["bind"].dialect.name == "postgresql"
        assert [s.split()[0] for s in statements] == (["WITH"] if one else ["INSERT", "UPDATE"])
        assert vp.updated_at == later
        assert not session.dirty
        history = [(r.text, r.kept_finding) for r in await repo.revisions(vp.id)]
        assert history == [("мамы", None), ("мамы с детьми до 3 лет", "segment_too_broad")]
    async with session_factory() as session:
        stored = await session.get(ValueProposition, vp.id)
        assert stored is not None
        assert stored.updated_at == later
