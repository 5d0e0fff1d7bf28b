"""PostgreSQL's pool (bot.db.engine): a connection back from a rest is pinged, and one the server
dropped meanwhile is replaced before an update gets it; one in steady use is not pinged."""

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import engine as engine_module
from bot.db.engine import create_engine
from tests.integration.conftest import postgres_url_or_skip


async def backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text("SELECT pg_backend_pid()")) or 0)


@pytest.mark.parametrize("idle_s", [0.0, 3600.0])
async def test_a_connection_dropped_while_idle_is_replaced(
    monkeypatch: pytest.MonkeyPatch, idle_s: float
) -> None:
    engine = create_engine(postgres_url_or_skip())
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", idle_s)
    try:
        pid = await backend_pid(engine)  # pooled again
        async with create_engine(postgres_url_or_skip()).connect() as other:
            await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        if idle_s:  # not idle long enough to be pinged: the update would get a dead connection
            with pytest.raises(DBAPIError):
                await backend_pid(engine)
            return
        assert await backend_pid(engine) not in {0, pid}
    finally:
        await engine.dispose()


@pytest.mark.parametrize(("idle_s", "pings"), [(10.0, 0), (0.0, 4)])
async def test_a_connection_in_steady_use_is_not_pinged(
    monkeypatch: pytest.MonkeyPatch, idle_s: float, pings: int
) -> None:
    engine = create_engine(postgres_url_or_skip())
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", idle_s)
    pinged: list[object] = []
    ping = engine.dialect.do_ping

    def counted(connection: Any) -> bool:
        pinged.append(connection)
        return ping(connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    try:
        pids = {await backend_pid(engine) for _ in range(5)}
        assert len(pids) == 1  # one pooled connection, reused
        assert len(pinged) == pings  # the first is new: never pinged
    finally:
        await engine.dispose()
