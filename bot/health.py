"""Are the database and Redis reachable? Used at start-up and by /healthz."""

import asyncio
from collections.abc import Awaitable

from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.redis import RedisStorage
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import ConfigError

CHECK_TIMEOUT = 5.0


async def _problem(probe: Awaitable[object]) -> str | None:
    """None when ``probe`` finishes in time; else why not."""
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            await probe
    except Exception as error:  # any failure means the service is down for us
        # Fault tests: a server that accepts but never answers gave "(TimeoutError: )"; say
        # what happened instead.
        if isinstance(error, TimeoutError) and not str(error):
            return f"no answer within {CHECK_TIMEOUT:g} s"
        return f"{type(error).__name__}: {error}"
    return None


async def _select_one(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


async def check_services(
    engine: AsyncEngine, storage: BaseStorage, *, strict: bool
) -> dict[str, str]:
    """Problems by service; with ``strict`` the first one is raised as a ConfigError."""
    problems: dict[str, str] = {}
    if (reason := await _problem(_select_one(engine))) is not None:
        where = make_url(str(engine.url)).render_as_string(hide_password=True)
        problems["database"] = f"cannot reach the database at {where} ({reason})"
    redis = storage.redis if isinstance(storage, RedisStorage) else None
    if redis is not None and (reason := await _problem(redis.ping())) is not None:
        problems["redis"] = f"cannot reach Redis ({reason})"
    if strict and problems:
        raise ServiceUnavailableError(next(iter(problems.values())))
    return problems


class ServiceUnavailableError(ConfigError):
    """A service the bot needs does not answer at start-up."""
