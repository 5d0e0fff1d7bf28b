"""Update de-duplication: by database when updates come by webhook, by memory when polling."""

from datetime import UTC, datetime
from typing import Any

from aiogram.types import TelegramObject, Update
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import ProcessedUpdate
from bot.db.repositories import Repositories
from bot.telegram.dedup import DedupMiddleware

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


async def _record(session_factory: async_sessionmaker[AsyncSession], *ids: int) -> None:
    async with session_factory() as session:
        session.add_all(ProcessedUpdate(update_id=i, received_at=NOW) for i in ids)
        await session.commit()


async def _deliver(
    middleware: DedupMiddleware, session_factory: async_sessionmaker[AsyncSession], *ids: int
) -> list[int]:
    """Each id through the middleware in a session of its own, as DatabaseMiddleware does."""
    handled: list[int] = []

    async def handler(update: TelegramObject, _data: dict[str, Any]) -> str:
        assert isinstance(update, Update)
        handled.append(update.update_id)
        return "done"

    for update_id in ids:
        async with session_factory() as session:
            await middleware(
                handler, Update(update_id=update_id), {"repo": Repositories.bind(session)}
            )
            await session.commit()
    return handled


async def test_polling_drops_repeats_of_the_last_batch_before_a_restart_with_one_query(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    await _record(session_factory, 100, 101, 102, 103, 104, 105)  # handled before the restart
    middleware = DedupMiddleware(session_factory, lambda: NOW, single_consumer=True)
    selects: list[str] = []
    engine = session_factory.kw["bind"].sync_engine

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        # The first batch after the restart repeats 103–105, not necessarily in order.
        handled = await _deliver(middleware, session_factory, 104, 103, 106, 105, 107, 108)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert handled == [106, 107, 108]
    assert len(selects) == 1  # the recorded ids, read once
    async with session_factory() as session:
        again = DedupMiddleware(session_factory, lambda: NOW, single_consumer=True)
        assert await again._already_handled(session, 107)  # recorded after handling


async def test_webhook_checks_the_database_every_time(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    middleware = DedupMiddleware(session_factory, lambda: NOW, single_consumer=False)
    assert await _deliver(middleware, session_factory, 10, 11) == [10, 11]
    await _record(session_factory, 12)  # another replica handled 12 meanwhile
    assert await _deliver(middleware, session_factory, 12, 11, 13) == [13]
