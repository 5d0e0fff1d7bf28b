"""What the data-migration tests share: a database at an old revision with rows in it, and
short-lived connections to read it back."""

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.engine import create_engine
from bot.db.migrate import upgrade


@contextlib.asynccontextmanager
async def connected(url: str, *, write: bool = False) -> AsyncIterator[AsyncConnection]:
    """A connection of an engine of its own (disposed after); ``write``: in a transaction."""
    engine = create_engine(url)
    try:
        async with engine.begin() if write else engine.connect() as connection:
            yield connection
    finally:
        await engine.dispose()


async def execute(url: str, statement: sa.Executable, params: dict[str, Any]) -> None:
    """Run one statement in a transaction of its own."""
    async with connected(url, write=True) as connection:
        await connection.execute(statement, params)


async def fetch(url: str, query: sa.Executable) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as a plain tuple."""
    async with connected(url) as connection:
        return [tuple(row) for row in await connection.execute(query)]


async def fetch_by_id(url: str, query: sa.Executable) -> dict[int, tuple[Any, ...]]:
    """Rows of ``query`` keyed by their first column (the id)."""
    return {row[0]: row[1:] for row in await fetch(url, query)}


async def seeded_then_upgraded(
    url: str, before: str, seed: Callable[[str], Awaitable[None]], after: str
) -> None:
    """Migrate to ``before``, write the old rows with ``seed``, then migrate to ``after``."""
    await upgrade(url, before)
    await seed(url)
    await upgrade(url, after)
