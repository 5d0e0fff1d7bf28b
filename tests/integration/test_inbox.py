"""The inbox of received updates: stored once, marked handled in the update's transaction,
claimed again when the process handling it vanished, given up after its attempts, pruned."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import InboxSettings
from bot.db.models import InboxUpdate
from bot.db.repositories import Repositories
from bot.updates.exactly_once import TICKET, ExactlyOnceMiddleware, Ticket
from bot.updates.inbox import Inbox

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
SETTINGS = InboxSettings(lease_seconds=30, max_attempts=3, keep_days=2)


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Handler:
    """A handler that records the ids it saw, and raises for the ids in ``failing``."""

    seen: list[int] = field(default_factory=list)
    failing: set[int] = field(default_factory=set)

    async def __call__(self, update: TelegramObject, _data: dict[str, Any]) -> str:
        assert isinstance(update, Update)
        self.seen.append(update.update_id)
        if update.update_id in self.failing:
            msg = "boom"
            raise RuntimeError(msg)
        return "done"


def raw(update_id: int, text: str = "привет") -> dict[str, Any]:
    chat = {"id": 5, "type": "private", "first_name": "Анна"}
    message = {"message_id": update_id, "date": 1764147600, "chat": chat, "text": text}
    return {"update_id": update_id, "message": message}


async def feed(
    middleware: ExactlyOnceMiddleware,
    session_factory: async_sessionmaker[AsyncSession],
    handler: Handler,
    update_id: int,
    *,
    stored: bool = True,
) -> tuple[Any, Ticket]:
    """One update through the middleware in a session of its own, as DatabaseMiddleware does
    (committed when the handler returns, rolled back when it raises)."""
    ticket = Ticket(update_id)
    data: dict[str, Any] = {TICKET: ticket} if stored else {}
    async with session_factory() as session:
        data["repo"] = Repositories.bind(session)
        try:
            result = await middleware(handler, Update(update_id=update_id), data)
        except RuntimeError:
            await session.rollback()
            return None, ticket
        await session.commit()
    return result, ticket


async def rows(session_factory: async_sessionmaker[AsyncSession]) -> dict[int, InboxUpdate]:
    async with session_factory() as session:
        found = (await session.scalars(select(InboxUpdate))).all()
    return {row.update_id: row for row in found}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def inbox(session_factory: async_sessionmaker[AsyncSession], clock: Clock) -> Inbox:
    return Inbox(session_factory, clock, SETTINGS)


async def test_a_batch_is_stored_once_and_a_redelivery_is_not_new(inbox: Inbox) -> None:
    first = await inbox.store([raw(10), raw(11, "ответ <b>&")])
    assert [item.update_id for item in first] == [10, 11]
    assert first[1].raw() == raw(11, "ответ <b>&")  # the JSON as Telegram sent it
    again = await inbox.store([raw(11), raw(12)])  # the offset was never confirmed
    assert [item.update_id for item in again] == [12]


async def test_marked_handled_in_the_updates_transaction_and_dropped_when_repeated(
    inbox: Inbox, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    await inbox.store([raw(20), raw(21)])
    middleware, handler = ExactlyOnceMiddleware(clock), Handler()
    assert (await feed(middleware, session_factory, handler, 20))[0] == "done"
    assert (await feed(middleware, session_factory, handler, 20))[0] is UNHANDLED
    assert handler.seen == [20]
    stored = await rows(session_factory)
    assert stored[20].handled_at == START
    assert stored[20].payload == ""  # nothing of what the person wrote is kept once handled
    assert stored[21].handled_at is None


async def test_a_handler_that_raises_leaves_the_update_pending_for_the_runner(
    inbox: Inbox, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    await inbox.store([raw(30)])
    handler = Handler(failing={30})
    _result, ticket = await feed(ExactlyOnceMiddleware(clock), session_factory, handler, 30)
    assert ticket.error == "RuntimeError: boom"
    assert (await rows(session_factory))[30].handled_at is None  # the mark was rolled back
    await inbox.give_up(30, ticket.error)
    row = (await rows(session_factory))[30]
    assert (row.handled_at, row.error, row.payload) == (START, "RuntimeError: boom", "")
    assert await inbox.claim_pending(expired_only=False) == []


async def test_an_update_fed_without_the_inbox_is_recorded_and_dropped_when_repeated(
    session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    middleware, handler = ExactlyOnceMiddleware(clock), Handler()
    for update_id in (40, 41, 40):
        await feed(middleware, session_factory, handler, update_id, stored=False)
    assert handler.seen == [40, 41]
    assert sorted(await rows(session_factory)) == [40, 41]


async def test_a_claim_runs_out_and_is_taken_on_again_at_most_max_attempts_times(
    inbox: Inbox, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    await inbox.store([raw(50)])  # attempt 1, claimed by this process
    assert await inbox.claim_pending() == []  # the lease still runs
    assert await inbox.claim(50) is None  # a redelivery meanwhile: not taken on
    clock.advance(seconds=31)
    [resumed] = await inbox.claim_pending()  # attempt 2
    assert resumed.raw() == raw(50)
    clock.advance(seconds=31)
    assert await inbox.claim(50) is not None  # attempt 3, by a redelivery
    clock.advance(seconds=31)
    assert await inbox.claim_pending() == []  # a poison update: given up, not looping
    row = (await rows(session_factory))[50]
    assert row.attempts == 3
    assert row.handled_at is not None
    assert row.error == "gave up after 3 attempts"


async def test_of_two_replicas_sweeping_at_once_one_takes_the_update(
    inbox: Inbox, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    await inbox.store([raw(60), raw(61)])
    clock.advance(seconds=31)
    other = Inbox(session_factory, clock, SETTINGS)
    first, second = await inbox.claim_pending(), await other.claim_pending()
    assert [item.update_id for item in first] == [60, 61]  # oldest first
    assert second == []


async def test_a_polling_start_takes_on_everything_pending_in_order(
    inbox: Inbox, clock: Clock
) -> None:
    await inbox.store([raw(72), raw(70), raw(71)])  # the process died; the lease still runs
    resumed = await inbox.claim_pending(expired_only=False)
    assert [item.update_id for item in resumed] == [70, 71, 72]


async def test_handled_rows_are_pruned_after_the_retention_in_batches(
    inbox: Inbox, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    await inbox.store([raw(n) for n in range(1, 1203)])
    for update_id in range(1, 1202):  # all but the last handled, two and a half batches
        await inbox.give_up(update_id, "handled")
    clock.advance(days=1)
    assert await inbox.prune() == 0  # younger than two days
    clock.advance(days=1, seconds=1)
    assert await inbox.prune() == 1201
    assert list(await rows(session_factory)) == [1202]  # the pending one stays
