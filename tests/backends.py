"""Which servers the tests may use, and how to leave them empty between tests.

The default run needs nothing but SQLite. With VP_TEST_BACKEND=scale the end-to-end suite runs
on PostgreSQL (TEST_POSTGRES_URL) with Redis FSM storage (TEST_REDIS_URL) instead; CI runs both.
"""

import os

import pytest
from redis.asyncio import Redis

from bot.db.engine import create_engine

POSTGRES_URL_VARIABLE = "TEST_POSTGRES_URL"
REDIS_URL_VARIABLE = "TEST_REDIS_URL"
BACKEND = os.environ.get("VP_TEST_BACKEND", "sqlite").strip().lower()
SCALE = BACKEND == "scale"


async def reset_postgres_schema(url: str) -> None:
    """Leave the test database empty: no tables, no alembic_version."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            await connection.exec_driver_sql("CREATE SCHEMA public")
    finally:
        await engine.dispose()


async def reset_redis(url: str) -> None:
    """Empty the (dedicated) test database of the Redis server."""
    client = Redis.from_url(url)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


def required(variable: str) -> str:
    """A server URL the scale run needs; its absence fails loudly instead of testing SQLite."""
    value = os.environ.get(variable, "").strip()
    if not value:
        pytest.fail(f"VP_TEST_BACKEND=scale needs {variable}")
    return value


def optional(variable: str) -> str | None:
    return os.environ.get(variable, "").strip() or None
