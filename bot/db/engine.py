"""Async engine and session factory; SQLite runs in the loop's thread (bot.db.sqlite_inline)
with WAL, a busy timeout and foreign keys."""

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.db.sqlite_inline import connector
from bot.db.unit_of_work import WriteGate

SQLITE_BUSY_TIMEOUT_MS = 5000


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
    return create_async_engine(url, echo=echo, pool_pre_ping=True)


def write_gate(engine: AsyncEngine) -> WriteGate | None:
    """SQLite's writers queue in asyncio (see bot.db.unit_of_work); other databases need none."""
    if engine.dialect.name != "sqlite":
        return None
    return WriteGate(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
