"""Are the database and Redis reachable? Used at start-up and by /healthz."""

import asyncio
import logging

from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.redis import RedisStorage
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import ConfigError

log = logging.getLogger(__name__)
CHECK_TIMEOUT = 5.0


def _reason(error: Exception) -> str:
    # Fault tests: a server that accepts but never answers gave "(TimeoutError: )"; say what
    # happened instead.
    if isinstance(error, TimeoutError) and not str(error):
        return f"no answer within {CHECK_TIMEOUT:g} s"
    return f"{type(error).__name__}: {error}"


async def database_ok(engine: AsyncEngine) -> str | None:
    """None when the database answers; else why not."""
    try:
        async with asyncio.timeout(CHECK_TIMEOUT), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure means the service is down for us
        return _reason(error)
    return None


async def redis_ok(storage: BaseStorage) -> str | None:
    if not isinstance(storage, RedisStorage):
        return None
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            await storage.redis.ping()
    except Exception as error:  # any failure means the service is down for us
        return _reason(error)
    return None


async def check_services(
    engine: AsyncEngine, storage: BaseStorage, *, strict: bool
) -> dict[str, str]:
    """Problems by service; with ``strict`` the first one is raised as a ConfigError."""
    problems: dict[str, str] = {}
    if (reason := await database_ok(engine)) is not None:
        where = make_url(str(engine.url)).render_as_string(hide_password=True)
        problems["database"] = f"cannot reach the database at {where} ({reason})"
    if (reason := await redis_ok(storage)) is not None:
        problems["redis"] = f"cannot reach Redis ({reason})"
    if strict and problems:
        raise ServiceUnavailableError(next(iter(problems.values())))
    return problems


class ServiceUnavailableError(ConfigError):
    """A service the bot needs does not answer at start-up."""
