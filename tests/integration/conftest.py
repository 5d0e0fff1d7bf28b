"""Real-database fixtures: a temporary SQLite file, and PostgreSQL when TEST_POSTGRES_URL is set.

Every test that takes ``database_url`` (migrated to head), ``empty_database_url``, ``engine`` or
``session_factory`` runs once per backend. The PostgreSQL variant is skipped unless
TEST_POSTGRES_URL names a throwaway database (its ``public`` schema is dropped and recreated
around each test) and asyncpg is installed, e.g.
``TEST_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test``.
"""

import importlib.util
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.db.engine import create_engine, create_session_factory
from bot.db.migrate import upgrade
from tests.backends import POSTGRES_URL_VARIABLE, reset_postgres_schema
from tests.integration.test_exports_seed import seed_world


def postgres_url_or_skip() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
    if not url:
        pytest.skip(
            f"PostgreSQL variant: {POSTGRES_URL_VARIABLE} is not set "
            "(e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test, a throwaway database)"
        )
    if importlib.util.find_spec("asyncpg") is None:
        pytest.skip("PostgreSQL variant: asyncpg is not installed")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
async def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """URL of a database with no tables at all."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
        return
    url = postgres_url_or_skip()
    await reset_postgres_schema(url)
    yield url
    await reset_postgres_schema(url)


@pytest.fixture
async def database_url(empty_database_url: str) -> str:
    """URL of a database migrated to the newest revision."""
    await upgrade(empty_database_url)
    return empty_database_url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_session_factory(engine)


@pytest.fixture
async def seeded(
    session_factory: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    """The export tests' world (``seed_world``) stored; a module with a world of its own
    overrides this fixture."""
    await seed_world(session_factory)
    return session_factory
