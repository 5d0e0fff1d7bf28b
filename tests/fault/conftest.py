"""Fixtures of the fault tests: a fake Bot API with a bot id of its own, bot processes that are
always stopped, and (when the servers are named) a throwaway PostgreSQL database and Redis.
"""

import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.fault.backing import (
    Backend,
    create_pg_database,
    delete_bot_keys,
    drop_pg_database,
    scale_servers_or_skip,
)
from tests.fault.proc import BotProcess, SpawnBot


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: runs the bot as a subprocess or waits out timeouts (seconds, not ms)"
    )


@pytest.fixture
def bot_id() -> int:
    """A bot id of this test only, so its Redis keys never meet another test's."""
    return 700_000_000 + secrets.randbelow(99_999_999)


@pytest.fixture
async def api(bot_id: int) -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=f"{bot_id}:AAFaultTests_{secrets.token_hex(8)}") as server:
        yield server


@pytest.fixture
def anna(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=5001, first_name="Анна", language_code="ru", username="anna"))


@pytest.fixture
def sqlite_backend(tmp_path: Path) -> Backend:
    return Backend("sqlite", f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")


@pytest.fixture
async def scale_backend(bot_id: int) -> AsyncIterator[Backend]:
    """A fresh PostgreSQL database and the test Redis; skipped unless both are configured."""
    postgres, redis = scale_servers_or_skip()
    database_url = await create_pg_database(postgres)
    try:
        yield Backend("scale", database_url, redis)
    finally:
        await drop_pg_database(postgres, database_url)
        await delete_bot_keys(redis, bot_id)


@pytest.fixture(params=["sqlite", "scale"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """Each test that takes it runs on SQLite, and on PostgreSQL + Redis when configured."""
    name = "sqlite_backend" if request.param == "sqlite" else "scale_backend"
    value: Backend = request.getfixturevalue(name)
    return value


@pytest.fixture
def _backend_first(request: pytest.FixtureRequest) -> None:
    """A test's backend is set up before its bots, so its database outlives them."""
    if "backend" in request.fixturenames:
        request.getfixturevalue("backend")


@pytest.fixture
async def spawn(tmp_path: Path, api: FakeBotAPI, _backend_first: None) -> AsyncIterator[SpawnBot]:
    """``spawn(DATABASE_URL=...)``: a bot process, not started yet; all are stopped at the end."""
    made: list[BotProcess] = []

    def make(**settings: str) -> BotProcess:
        workdir = tmp_path / f"process-{len(made) + 1}"
        workdir.mkdir()
        base = {"BOT_TOKEN": api.token, "BOT_API_URL": api.base_url, "LOG_LEVEL": "INFO"}
        process = BotProcess(workdir, {**base, **settings})
        made.append(process)
        return process

    yield make
    for process in made:
        await process.stop()
