"""Prepared hot-path statements (bot.db.prepared) on both backends.

On SQLite they run on the session's driver connection, past SQLAlchemy's execution; on
PostgreSQL on asyncpg's, once SQLAlchemy has begun the transaction. Either way they must join the
session's transaction (its commit keeps them, its rollback takes them back, ORM objects and
statements see each other's writes), convert values as SQLAlchemy would (aware datetimes,
booleans, literals in the statement) and fail with SQLAlchemy's exceptions.
"""

import asyncio
import functools
from datetime import UTC, datetime

import pytest
from sqlalchemy import Table, bindparam, event, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.db.models import User
from bot.db.prepared import OWNED, Prepared, compile_for
from bot.db.sqlite_inline import InlineConnection, driver_of
from bot.db.unit_of_work import UnitOfWork

USERS: Table = User.__table__  # type: ignore[assignment]
SEEN = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=UTC)
ADD = Prepared(
    insert(USERS).values(
        {name: bindparam(name) for name in ("id", "first_name", "language", "timezone")}
        | {"created_at": bindparam("seen"), "last_seen_at": bindparam("seen")}
        | {"role": "founder", "reminders_off": bindparam("off"), "reminder_kinds_off": ""}
        | {"notify_vp_done": True, "notify_interview": True, "quiet_start": 0, "quiet_end": 0}
    )
)
LOAD = Prepared(
    select(USERS.c.first_name, USERS.c.last_seen_at, USERS.c.reminders_off).where(
        USERS.c.id == bindparam("uid"), USERS.c.role == "founder"
    )
)
RENAME = Prepared(update(USERS).where(USERS.c.id == bindparam("uid")).values(first_name="Аня"))


def founder(uid: int, *, off: bool = False) -> dict[str, object]:
    return {"id": uid, "first_name": "Анна", "language": "ru", "timezone": "UTC", "seen": SEEN,
            "off": off}  # fmt: skip


async def test_values_round_trip_and_the_session_commits_them(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        assert await ADD.write(session, founder(1, off=True)) == 1
        assert await LOAD.row(session, {"uid": 1}) == ("Анна", SEEN, True)
        orm = await session.get(User, 1)  # the ORM sees the statement's row...
        assert orm is not None
        orm.first_name = "Анюта"
        await session.flush()
        assert await LOAD.rows(session, {"uid": 1}) == [("Анюта", SEEN, True)]  # ...and back
        await session.commit()
    async with session_factory() as session:
        assert await RENAME.write(session, {"uid": 1}) == 1
        assert await RENAME.write(session, {"uid": 2}) == 0  # no such row
        await session.commit()
    async with session_factory() as session:
        stored = await session.get(User, 1)
        assert stored is not None
        assert (stored.first_name, stored.last_seen_at) == ("Аня", SEEN)
        assert stored.reminders_off


async def test_a_rollback_takes_the_statements_back(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    async with engine.connect() as connection, session_factory(bind=connection) as session:
        uow = UnitOfWork(connection, session, None)
        await ADD.write(session, founder(1))
        await uow.commit()
        await ADD.write(session, founder(2))
        await RENAME.write(session, {"uid": 1})
        await uow.rollback()
        assert await LOAD.rows(session, {"uid": 1}) == [("Анна", SEEN, False)]
        assert await LOAD.rows(session, {"uid": 2}) == []


async def test_a_session_that_has_only_begun_commits_them_too(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    async with engine.connect() as connection, session_factory(bind=connection) as session:
        session.add(User(id=1, first_name="Анна", created_at=SEEN, last_seen_at=SEEN))
        await ADD.write(session, founder(2))  # the ORM's pending user is flushed first
        await session.commit()
        await ADD.write(session, founder(3))  # a new transaction, begun by the statement
        await session.commit()
    async with session_factory() as session:
        stored = await session.scalars(select(User.id).order_by(User.id))
        assert list(stored) == [1, 2, 3]


async def test_errors_are_sqlalchemys(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory() as session:
        await ADD.write(session, founder(1))
        with pytest.raises(IntegrityError):
            await ADD.write(session, founder(1))
        await session.rollback()


async def test_sqlite_runs_on_the_driver_connection(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    statements: list[str] = []
    async with session_factory() as session:
        connection = await session.connection()
        await LOAD.rows(session, {"uid": 1})
        inline = await driver_of(connection)
        if engine.dialect.name != "sqlite":
            assert not isinstance(inline, InlineConnection)  # see the test below
            return
        # sqlite3 runs the prepared text (it traces it with the values bound in).
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is inline
        assert isinstance(inline, InlineConnection)
        assert inline.connection is not None
        inline.connection.set_trace_callback(statements.append)
        await LOAD.rows(session, {"uid": 1})
    bound = LOAD.forms["sqlite"].sql.replace("?", "1", 1).replace("?", "'founder'")
    assert statements == [bound]


def test_statements_that_need_sqlalchemys_execution_are_refused(engine: AsyncEngine) -> None:
    with pytest.raises(ValueError, match="names every value"):  # created_at's Python default
        compile_for(insert(USERS).values(id=bindparam("id")), engine.dialect)
    with pytest.raises(ValueError, match="IN list"):
        compile_for(select(USERS.c.id).where(USERS.c.id.in_([1, 2])), engine.dialect)


async def test_postgresql_runs_on_asyncpg_once_the_transaction_has_begun(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("asyncpg only")
    through_sqlalchemy: list[str] = []
    listen = functools.partial(event.listen, engine.sync_engine, "before_cursor_execute")
    listen(lambda *args: through_sqlalchemy.append(args[2]))
    async with session_factory() as session:
        await ADD.write(session, founder(1))  # begins the transaction: through SQLAlchemy
        assert len(through_sqlalchemy) == 1
        assert await LOAD.row(session, {"uid": 1}) == ("Анна", SEEN, False)
        assert await RENAME.write(session, {"uid": 1}) == 1
        assert await RENAME.write(session, {"uid": 2}) == 0
        assert len(through_sqlalchemy) == 1  # the rest straight on asyncpg, in it
        await session.rollback()
    async with session_factory() as session:
        assert await LOAD.rows(session, {"uid": 1}) == []


async def test_a_lost_postgresql_connection_is_invalidated(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("asyncpg only")
    for attempt in range(8):  # asyncpg learns of the end at different moments: a race
        async with session_factory() as session:
            await ADD.write(session, founder(10 + attempt))
            pid = await session.scalar(text("SELECT pg_backend_pid()"))
            async with engine.connect() as other:
                await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(DBAPIError) as raised:
                await LOAD.rows(session, {"uid": 1})
            assert raised.value.connection_invalidated
            await session.rollback()
    async with session_factory() as session:  # a fresh connection from the pool
        await ADD.write(session, founder(2))
        assert await LOAD.row(session, {"uid": 2}) == ("Анна", SEEN, False)


SEE = Prepared(
    update(USERS)
    .where(USERS.c.id == bindparam("uid"), USERS.c.reminders_off == bindparam("off"))
    .values(last_seen_at=bindparam("now"), reminder_kinds_off="")
)


async def test_a_unit_of_works_transaction_is_its_own_and_begin_rides_with_a_plain_write(
    engine: AsyncEngine, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    """PostgreSQL, a unit of work's connection (bot.db.prepared.OWNED): the transaction is
    begun by the first statement; a write whose values are numbers, booleans, aware times or
    '' carries BEGIN along in one simple query, other statements are preceded by it. ROLLBACK
    and COMMIT are the unit of work's."""
    if engine.dialect.name != "postgresql":
        pytest.skip("asyncpg only")
    async with session_factory.begin() as session:
        await ADD.write(session, founder(1))
    later = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    for first, commit in ((SEE, False), (RENAME, False), (SEE, True)):
        sent: list[str] = []
        async with engine.connect() as plain:
            connection = await plain.execution_options(**OWNED)
            async with AsyncSession(bind=connection) as session:
                uow = UnitOfWork(connection, session, None)
                driver = await driver_of(connection)
                log = functools.partial(lambda into, logged: into.append(logged.query), sent)
                driver.add_query_logger(log)
                params = {"uid": 1, "off": False, "now": later}
                assert await first.write(session, params) == 1
                assert driver.is_in_transaction()
                await (uow.commit() if commit else uow.rollback())
                assert not driver.is_in_transaction()
                await asyncio.sleep(0)  # asyncpg calls its query loggers soon after
                driver.remove_query_logger(log)
        words = [query.split()[0] for query in sent]
        if first is SEE:
            assert words == ["BEGIN;", "COMMIT" if commit else "ROLLBACK"]
            assert "last_seen_at='2026-03-03T08:00:00+00:00'" in sent[0]
            assert "users.id = (1)::" in sent[0]  # numbers in brackets: "- -1" is no comment
        else:  # a text value: BEGIN on its own, then the statement with its parameters
            assert words == ["BEGIN", "UPDATE", "ROLLBACK"]
    async with session_factory() as session:
        assert await LOAD.row(session, {"uid": 1}) == ("Анна", later, False)  # the last only
