"""What the fault tests read back from the bot's database and FSM storage, and how they get their
own throwaway PostgreSQL database and Redis keys.

Each PostgreSQL test gets a fresh database ``fault_<random>`` (created and dropped here), so
runs of other suites on the shared server are not disturbed. Redis is shared too: every test uses
its own bot id, so its FSM keys (``fsm:<bot id>:...``) are its own, and they are deleted at the
end.
"""

import os
import secrets
from dataclasses import dataclass
from typing import Any

import asyncpg
import pytest
from aiogram.fsm.storage.base import DefaultKeyBuilder, StorageKey
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bot.app import build_storage
from bot.config import Settings
from bot.db.engine import create_engine, create_session_factory
from bot.db.models import AnswerRevision, InboxUpdate, TranscriptEntry, ValueProposition
from tests.backends import POSTGRES_URL_VARIABLE, REDIS_URL_VARIABLE


def scale_servers_or_skip() -> tuple[str, str]:
    postgres = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
    redis = os.environ.get(REDIS_URL_VARIABLE, "").strip()
    if not (postgres and redis):
        pytest.skip(
            f"scale-mode fault test: needs {POSTGRES_URL_VARIABLE} and {REDIS_URL_VARIABLE} "
            "(e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test and redis://127.0.0.1:6379/13)"
        )
    return postgres, redis


def _asyncpg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def create_pg_database(server_url: str) -> str:
    """A new empty database on the server of ``server_url``; its SQLAlchemy URL."""
    name = f"fault_{secrets.token_hex(6)}"
    connection = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


async def drop_pg_database(server_url: str, database_url: str) -> None:
    name = make_url(database_url).database
    connection = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


async def delete_bot_keys(redis_url: str, bot_id: int) -> None:
    client = Redis.from_url(redis_url)
    try:
        keys = [key async for key in client.scan_iter(match=f"fsm:{bot_id}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@dataclass(frozen=True)
class Backend:
    """Where a bot keeps its data: SQLite alone, or PostgreSQL plus Redis (scale mode)."""

    name: str
    database_url: str
    redis_url: str | None = None

    def settings(self) -> dict[str, str]:
        values = {"DATABASE_URL": self.database_url}
        if self.redis_url:
            values["REDIS_URL"] = self.redis_url
        return values

    def backing(self, bot_id: int) -> "Backing":
        return Backing(self.database_url, self.redis_url, bot_id)


@dataclass(frozen=True)
class Saved:
    """One stored answer revision."""

    field: str
    text: str | None
    skipped: bool


class Backing:
    """Read-only view of what the bot stored: answers, transcript, update ids and FSM state."""

    def __init__(self, database_url: str, redis_url: str | None, bot_id: int) -> None:
        self.database_url = database_url
        self.redis_url = redis_url
        self.bot_id = bot_id

    async def _scalars(self, statement: Any) -> list[Any]:
        engine = create_engine(self.database_url)
        try:
            async with create_session_factory(engine)() as session:
                return list((await session.scalars(statement)).all())
        finally:
            await engine.dispose()

    async def answers(self, user_id: int | None = None) -> list[Saved]:
        """Every answer revision (of one founder), in the order they were stored."""
        statement = select(AnswerRevision).order_by(AnswerRevision.id)
        if user_id is not None:
            statement = statement.join(ValueProposition).where(ValueProposition.user_id == user_id)
        rows = await self._scalars(statement)
        return [Saved(row.field, row.text, row.skipped) for row in rows]

    async def incoming(self, user_id: int) -> list[TranscriptEntry]:
        """What the founder sent, as the transcript recorded it, oldest first."""
        return await self._scalars(
            select(TranscriptEntry)
            .where(TranscriptEntry.user_id == user_id, TranscriptEntry.direction == "in")
            .order_by(TranscriptEntry.id)
        )

    async def processed_update_ids(self) -> list[int]:
        """Ids of the updates marked handled in the inbox."""
        return await self._scalars(
            select(InboxUpdate.update_id)
            .where(InboxUpdate.handled_at.is_not(None))
            .order_by(InboxUpdate.update_id)
        )

    async def inbox(self) -> list[InboxUpdate]:
        """Every row of the inbox, oldest update first."""
        return await self._scalars(select(InboxUpdate).order_by(InboxUpdate.update_id))

    async def count(self, model: Any) -> int:
        [value] = await self._scalars(select(func.count()).select_from(model))
        return int(value)

    async def lock_ttl(self, user_id: int) -> float | None:
        """Seconds left on the founder's update lock in Redis; None when nobody holds it."""
        assert self.redis_url is not None
        key_builder = DefaultKeyBuilder(with_bot_id=True, with_destiny=True)
        name = key_builder.build(
            StorageKey(bot_id=self.bot_id, chat_id=user_id, user_id=user_id), "lock"
        )
        client = Redis.from_url(self.redis_url)
        try:
            milliseconds = int(await client.pttl(name))
        finally:
            await client.aclose()
        return milliseconds / 1000 if milliseconds > 0 else None

    async def state(self, user_id: int) -> str | None:
        """The founder's FSM state, read from the storage the bot uses (SQL table or Redis)."""
        settings = Settings(
            _env_file=None, database_url=self.database_url, redis_url=self.redis_url
        )
        engine = create_engine(self.database_url)
        storage, isolation = build_storage(settings, create_session_factory(engine))
        try:
            key = StorageKey(bot_id=self.bot_id, chat_id=user_id, user_id=user_id)
            return await storage.get_state(key)
        finally:
            await storage.close()
            await isolation.close()
            await engine.dispose()
