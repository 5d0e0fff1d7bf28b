"""Async engine and session factory; SQLite runs in the loop's thread (bot.db.sqlite_inline)
with WAL, a busy timeout and foreign keys."""

import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import AdaptedConnection, Connection, Dialect, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.db.prepared import owned
from bot.db.sqlite_inline import connector
from bot.db.unit_of_work import WriteGate

SQLITE_BUSY_TIMEOUT_MS = 5000
# Each update holds a connection for its turn; a pool that keeps what it opens opens none under
# load (the default keeps 5 of 15 and reconnects the rest).
POOL_SIZE, POOL_OVERFLOW = 15, 5
PING_AFTER_IDLE_S = 10.0
IDLE_SINCE = "vp_idle_since"  # pool record info: when the connection was last checked in


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """Create the engine for ``url``; makes the SQLite file's folder if needed."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        connect = connector(
            database or ":memory:",
            uri=parsed.query.get("uri") == "true",
            busy_timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
        )
        engine = create_async_engine(url, echo=echo, async_creator=connect)
        event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
        return engine
    engine = create_async_engine(url, echo=echo, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
    event.listen(engine.sync_engine, "checkin", _note_checkin)
    dialect = engine.dialect
    event.listen(engine.sync_engine, "checkout", lambda c, r, _p: _ping_if_idle(dialect, c, r))
    event.listen(engine.sync_engine, "before_cursor_execute", _begin_if_owned)
    return engine


def _begin_if_owned(connection: Connection, *_args: Any) -> None:
    """A unit of work's connection (bot.db.prepared.OWNED) is in AUTOCOMMIT for SQLAlchemy:
    its transaction is begun here before SQLAlchemy's first statement (``run_async``, the public
    way to await the driver in an event), or by the unit of work's own first statement."""
    if owned(connection):
        raw = connection.connection
        adapted = raw.dbapi_connection
        assert isinstance(adapted, AdaptedConnection)
        if not raw.driver_connection.is_in_transaction():
            adapted.run_async(lambda driver: driver.execute("BEGIN"))


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info[IDLE_SINCE] = time.monotonic()


def _ping_if_idle(dialect: Dialect, dbapi_connection: Any, record: Any) -> None:
    """A connection back from a rest is pinged first (one the server dropped, say after its
    restart, is replaced: the pool retries on DisconnectionError); one in steady use is not,
    which saves three round trips per update."""
    idle_since = record.info.get(IDLE_SINCE)
    if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
        return
    try:
        dialect.do_ping(dbapi_connection)
    except Exception as error:
        raise DisconnectionError(str(error)) from error


def write_gate(engine: AsyncEngine) -> WriteGate | None:
    """SQLite's writers queue in asyncio (see bot.db.unit_of_work); other databases need none."""
    if engine.dialect.name != "sqlite":
        return None
    return WriteGate(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
