"""What one SQLite statement costs through each layer the bot could use, on this machine.

``uv run python -m bench.statement_cost [--statements 5000]``

The same work (read one row by primary key, then write one row and commit, as an answer
does) is timed through: the sqlite3 module alone; SQLAlchemy Core on a sync engine;
SQLAlchemy Core on the async engine with aiosqlite (a thread per connection, a hand-off per
driver call); the ORM's AsyncSession on that engine; and both again on the bot's engine
(bot.db.sqlite_inline: the same async engine, sqlite3 run in the loop's own thread), and the
prepared statements of bot.db.prepared on it.
Wall time and process CPU time (all threads) per statement, so the share of the driver
hand-offs and of SQLAlchemy is visible next to SQLite's own cost.

``--postgres URL`` (e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test; its table ``rows``
is replaced) times the same work on PostgreSQL: asyncpg alone, Core and the ORM on the bot's
engine, and the prepared statements (bot.db.asyncpg_direct). The CPU is the client's only.
"""

import argparse
import asyncio
import sqlite3
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.db.engine import create_engine as create_engine_inline
from bot.db.prepared import Prepared


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String)


SEED = 100


def _normal_sync(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")  # as the bot sets it (bot.db.engine)


def measure(label: str, count: int, run: Callable[[], None]) -> str:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return f"| {label} | {wall / count * 1e6:.0f} | {cpu / count * 1e6:.0f} |"


def seed(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, text VARCHAR NOT NULL)")
        db.executemany("INSERT INTO rows VALUES (?, ?)", [(i, "x") for i in range(SEED)])


def raw(path: Path, pairs: int) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=NORMAL")
    for i in range(pairs):
        db.execute("SELECT id, text FROM rows WHERE id = ?", (i % SEED,)).fetchall()
        db.execute("INSERT INTO rows (text) VALUES (?)", ("answer",))
        db.commit()
    db.close()


def core_sync(path: Path, pairs: int) -> None:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _normal_sync)
    with engine.connect() as connection:
        for i in range(pairs):
            connection.execute(select(Row.id, Row.text).where(Row.id == i % SEED)).all()
            connection.execute(insert(Row).values(text="answer"))
            connection.commit()
    engine.dispose()


def async_engine(path: Path, *, inline: bool) -> AsyncEngine:
    """aiosqlite as shipped, or the bot's engine (statements in the loop's thread)."""
    url = f"sqlite+aiosqlite:///{path}"
    engine = create_engine_inline(url) if inline else create_async_engine(url)
    event.listen(engine.sync_engine, "connect", _normal_sync)
    return engine


async def core_async(
    path: Path, pairs: int, *, inline: bool = False, url: str | None = None
) -> None:
    engine = create_engine_inline(url) if url else async_engine(path, inline=inline)
    async with engine.connect() as connection:
        for i in range(pairs):
            (await connection.execute(select(Row.id, Row.text).where(Row.id == i % SEED))).all()
            await connection.execute(insert(Row).values(text="answer"))
            await connection.commit()
    await engine.dispose()


async def orm_async(
    path: Path, pairs: int, *, inline: bool = False, url: str | None = None
) -> None:
    engine = create_engine_inline(url) if url else async_engine(path, inline=inline)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    async with sessions() as session:
        for i in range(pairs):
            await session.get(Row, i % SEED)
            session.add(Row(text="answer"))
            await session.commit()
            session.expunge_all()
    await engine.dispose()


async def prepared_async(path: Path, pairs: int, *, url: str | None = None) -> None:
    """The read and the insert as prepared statements (bot.db.prepared) in an AsyncSession on
    the bot's engine, committed by the session: what the bot's hot path does."""
    engine = create_engine_inline(url) if url else async_engine(path, inline=True)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    table: Table = Row.__table__  # type: ignore[assignment]
    read = Prepared(select(table.c.id, table.c.text).where(table.c.id == bindparam("key")))
    add = Prepared(insert(table).values(text=bindparam("t")))
    async with sessions() as session:
        for i in range(pairs):
            await read.rows(session, {"key": i % SEED})
            await add.write(session, {"t": "answer"})
            await session.commit()
    await engine.dispose()


async def updates_async(path: Path, pairs: int, *, orm: bool) -> None:
    """UPDATEs by key through the bot's engine and an AsyncSession, naming the ORM class (the
    ORM's bulk-update path, which synchronises loaded objects) or its table (Core)."""
    engine = async_engine(path, inline=True)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    table: Table = Row.__table__  # type: ignore[assignment]
    statement = (
        update(Row).where(Row.id == bindparam("key"))
        if orm
        else update(table).where(table.c.id == bindparam("key"))
    ).values(text=bindparam("t"))
    async with sessions() as session:
        for i in range(pairs):
            await session.execute(statement, {"key": i % SEED, "t": "a"})
            await session.execute(statement, {"key": (i + 1) % SEED, "t": "b"})
            await session.commit()
    await engine.dispose()


async def pg_seed(url: str) -> None:
    engine = create_engine_inline(url)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        await connection.run_sync(Base.metadata.create_all)
        await connection.execute(insert(Row), [{"id": i, "text": "x"} for i in range(SEED)])
        await connection.exec_driver_sql(f"SELECT setval('rows_id_seq', {SEED})")
    await engine.dispose()


async def pg_raw(url: str, pairs: int) -> None:
    import asyncpg  # noqa: PLC0415 - only this layer needs it

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    for i in range(pairs):
        async with connection.transaction():
            await connection.fetch("SELECT id, text FROM rows WHERE id = $1", i % SEED)
            await connection.execute("INSERT INTO rows (text) VALUES ($1)", "answer")
    await connection.close()


def postgres(url: str, pairs: int) -> list[str]:
    layers: list[tuple[str, Callable[[], Any]]] = [
        ("asyncpg alone (BEGIN, SELECT, INSERT, COMMIT)", lambda: pg_raw(url, pairs)),
        ("SQLAlchemy Core, the bot's engine", lambda: core_async(Path(), pairs, url=url)),
        (
            "SQLAlchemy ORM AsyncSession, the bot's engine",
            lambda: orm_async(Path(), pairs, url=url),
        ),
        (
            "Prepared statements, AsyncSession, the bot's engine",
            lambda: prepared_async(Path(), pairs, url=url),
        ),
    ]
    lines = []
    for label, run in layers:
        asyncio.run(pg_seed(url))
        lines.append(measure(label, pairs * 2, partial(asyncio.run, run())))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=5000)
    parser.add_argument("--postgres", metavar="URL", help="time PostgreSQL's layers instead")
    args = parser.parse_args()
    pairs = args.statements // 2
    if args.postgres:
        print(
            f"{args.statements} statements each on PostgreSQL (a read by key, an insert, a commit)"
        )
        print("| layer | wall µs per statement | client CPU µs per statement |\n|---|---|---|")
        print("\n".join(postgres(args.postgres, pairs)))
        return
    lines = ["| layer | wall µs per statement | CPU µs per statement |", "|---|---|---|"]
    layers: list[tuple[str, Callable[[Path], None]]] = [
        ("sqlite3 module", lambda p: raw(p, pairs)),
        ("SQLAlchemy Core, sync engine", lambda p: core_sync(p, pairs)),
        ("SQLAlchemy Core, aiosqlite", lambda p: asyncio.run(core_async(p, pairs))),
        ("SQLAlchemy ORM AsyncSession, aiosqlite", lambda p: asyncio.run(orm_async(p, pairs))),
        (
            "SQLAlchemy Core, async engine, sqlite3 in the loop (the bot's)",
            lambda p: asyncio.run(core_async(p, pairs, inline=True)),
        ),
        (
            "SQLAlchemy ORM AsyncSession, sqlite3 in the loop (the bot's)",
            lambda p: asyncio.run(orm_async(p, pairs, inline=True)),
        ),
        (
            "Prepared statements (bot.db.prepared), AsyncSession (the bot's engine)",
            lambda p: asyncio.run(prepared_async(p, pairs)),
        ),
        (
            "UPDATE by key naming the ORM class, AsyncSession (the bot's engine)",
            lambda p: asyncio.run(updates_async(p, pairs, orm=True)),
        ),
        (
            "UPDATE by key naming the table, AsyncSession (the bot's engine)",
            lambda p: asyncio.run(updates_async(p, pairs, orm=False)),
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        for label, run in layers:
            path = Path(folder) / f"{len(lines)}.db"
            seed(path)
            lines.append(measure(label, pairs * 2, partial(run, path)))
    print(
        f"{args.statements} statements each (a read by key, then an insert and a commit; the"
        " UPDATE layers: two updates and a commit)"
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
