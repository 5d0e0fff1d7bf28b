"""Async engine and session factory; SQLite gets WAL, a busy timeout and foreign keys."""

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

from bot.db import sqlite_driver, sqlite_gate
from bot.db.update_session import TrackingSession

SQLITE_BUSY_TIMEOUT_MS = 5000


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
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
        options: dict[str, Any] = {}
        if parsed.get_driver_name() == "aiosqlite":
            options["module"] = sqlite_driver.dbapi()  # one trip to its thread per statement
        engine = create_async_engine(url, echo=echo, **options)
        event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
        sqlite_gate.install(engine.sync_engine, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        return engine
    return create_async_engine(url, echo=echo, pool_pre_ping=True)


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit (and track their writes, see
    bot.db.update_session)."""
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=TrackingSession)
