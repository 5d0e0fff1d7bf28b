"""SQLite in the loop's thread (bot.db.sqlite_inline): a busy database is waited for in asyncio.

Another connection (as another process would) holds SQLite's write lock; the engine's write must
wait without stopping the event loop, succeed once the lock is given back, and fail with
"database is locked" when it is held past the busy timeout.
"""

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import sqlite_inline
from bot.db.engine import create_engine


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE notes (body TEXT)"))
    yield engine
    await engine.dispose()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO notes VALUES ('theirs')")
    return other


async def count_ticks(ticks: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        ticks.append(1)
        await asyncio.sleep(0.005)


async def test_a_write_waits_in_asyncio_for_a_lock_held_elsewhere(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    other = hold_write_lock(tmp_path / "inline.db")
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, other.commit)
    ticks: list[int] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(count_ticks(ticks, stop))
    started = loop.time()
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO notes VALUES ('ours')"))
    waited = loop.time() - started
    stop.set()
    await ticker
    other.close()
    assert waited >= 0.25  # it did wait for the lock
    assert len(ticks) >= 20  # and the loop kept running meanwhile (a tick every 5 ms)
    async with engine.connect() as connection:
        bodies = (await connection.execute(text("SELECT body FROM notes ORDER BY 1"))).scalars()
        assert list(bodies) == ["ours", "theirs"]


async def test_a_lock_held_past_the_busy_timeout_fails_as_locked(
    engine: AsyncEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = hold_write_lock(tmp_path / "inline.db")
    try:
        monkeypatch.setattr(sqlite_inline, "BUSY_PAUSE_MAX", 0.01)
        short = sqlite_inline.connector(str(tmp_path / "inline.db"), uri=False, busy_timeout=0.2)
        connection = await short()
        cursor = connection.cursor()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await cursor.execute("INSERT INTO notes VALUES ('ours')")
        await connection.close()
        await connection.close()  # closing twice is harmless
    finally:
        other.close()


async def test_the_engine_reports_a_lock_as_sqlalchemys_operational_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "inline.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE notes (body TEXT)"))
    other = hold_write_lock(path)
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(OperationalError, match="locked"):
            async with engine.begin() as connection:
                await connection.execute(text("INSERT INTO notes VALUES ('ours')"))
        assert loop.time() - started >= 4.5  # the engine's busy timeout is 5 s
    finally:
        other.close()
        await engine.dispose()
