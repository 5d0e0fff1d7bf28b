"""SqlStorage: FSM state and data in the database survive restarts and stay JSON-clean."""

import asyncio
from datetime import UTC, datetime

import pytest
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.engine import create_engine, create_session_factory
from bot.db.models import FsmRecord
from bot.telegram.fsm_storage import SqlStorage

BOT_ID = 42


class Questions(StatesGroup):
    segment = State()
    problem = State()


def key_for(user_id: int, *, destiny: str = "default") -> StorageKey:
    return StorageKey(bot_id=BOT_ID, chat_id=user_id, user_id=user_id, destiny=destiny)


@pytest.fixture
def storage(session_factory: async_sessionmaker[AsyncSession]) -> SqlStorage:
    return SqlStorage(session_factory)


async def count_rows(session_factory: async_sessionmaker[AsyncSession]) -> int:
    async with session_factory() as session:
        return await session.scalar(select(func.count()).select_from(FsmRecord)) or 0


async def test_state_and_data_are_stored_and_read_back(storage: SqlStorage) -> None:
    key = key_for(1)
    assert await storage.get_state(key) is None
    assert await storage.get_data(key) == {}

    await storage.set_state(key, Questions.segment)
    await storage.set_data(key, {"vp_id": 5, "answers": ["a", "b"], "name": "Кофе ☕"})

    assert await storage.get_state(key) == "Questions:segment"
    assert await storage.get_data(key) == {"vp_id": 5, "answers": ["a", "b"], "name": "Кофе ☕"}
    assert await storage.get_value(key, "vp_id") == 5
    assert await storage.get_value(key, "missing", "fallback") == "fallback"

    await storage.set_state(key, "Questions:problem")
    assert await storage.get_state(key) == Questions.problem.state
    assert await storage.get_data(key) == {"vp_id": 5, "answers": ["a", "b"], "name": "Кофе ☕"}


async def test_update_data_merges_into_stored_data(storage: SqlStorage) -> None:
    key = key_for(1)
    await storage.set_state(key, Questions.segment)
    await storage.set_data(key, {"a": 1, "b": 2})

    merged = await storage.update_data(key, {"b": 3, "c": [4]})

    assert merged == {"a": 1, "b": 3, "c": [4]}
    assert await storage.get_data(key) == merged
    assert await storage.get_state(key) == "Questions:segment"


async def test_clear_removes_the_row(
    storage: SqlStorage, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    context = FSMContext(storage, key_for(1))
    await context.set_state(Questions.segment)
    await context.update_data(vp_id=5)
    assert await count_rows(session_factory) == 1

    await context.clear()

    assert await count_rows(session_factory) == 0
    assert await context.get_state() is None
    assert await context.get_data() == {}


async def test_state_survives_a_restart(database_url: str, storage: SqlStorage) -> None:
    await storage.set_state(key_for(1), Questions.problem)
    await storage.update_data(key_for(1), {"vp_id": 5})

    engine = create_engine(database_url)  # a new process would build a new engine
    try:
        restarted = SqlStorage(create_session_factory(engine))
        assert await restarted.get_state(key_for(1)) == "Questions:problem"
        assert await restarted.get_data(key_for(1)) == {"vp_id": 5}
        await restarted.close()
    finally:
        await engine.dispose()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"when": datetime(2026, 1, 1, tzinfo=UTC)}, id="datetime"),
        pytest.param({"obj": object()}, id="object"),
        pytest.param({"answers": ("a", "b")}, id="tuple"),
        pytest.param({"ids": {1, 2}}, id="set"),
        pytest.param({1: "int key"}, id="int-key"),
        pytest.param({"nested": {2: "int key"}}, id="nested-int-key"),
        pytest.param({"x": float("nan")}, id="nan"),
    ],
)
async def test_data_that_would_not_survive_json_is_refused(
    storage: SqlStorage, data: dict[object, object]
) -> None:
    key = key_for(1)
    await storage.set_data(key, {"kept": True})

    with pytest.raises(TypeError, match="FSM data must"):
        await storage.set_data(key, data)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="FSM data must"):
        await storage.update_data(key, data)  # type: ignore[arg-type]

    assert await storage.get_data(key) == {"kept": True}


async def test_users_do_not_see_each_others_state(storage: SqlStorage) -> None:
    await storage.set_state(key_for(1), Questions.segment)
    await storage.set_data(key_for(1), {"who": "first"})
    await storage.set_state(key_for(2), Questions.problem)

    assert await storage.get_state(key_for(2)) == "Questions:problem"
    assert await storage.get_data(key_for(2)) == {}
    await FSMContext(storage, key_for(2)).clear()
    assert await storage.get_state(key_for(1)) == "Questions:segment"
    assert await storage.get_data(key_for(1)) == {"who": "first"}


async def test_destinies_and_bots_are_separate_keys(storage: SqlStorage) -> None:
    await storage.set_state(key_for(1), Questions.segment)
    other_destiny = key_for(1, destiny="reminders")
    other_bot = StorageKey(bot_id=BOT_ID + 1, chat_id=1, user_id=1)

    assert await storage.get_state(other_destiny) is None
    assert await storage.get_state(other_bot) is None


async def test_concurrent_update_data_on_one_key_loses_nothing(
    database_url: str, storage: SqlStorage
) -> None:
    # Two engines stand for two processes on the same database file.
    engine = create_engine(database_url)
    try:
        other = SqlStorage(create_session_factory(engine))
        key = key_for(1)
        await storage.set_state(key, Questions.segment)
        await asyncio.gather(
            *(
                (storage if n % 2 else other).update_data(key, {f"answer_{n}": n})
                for n in range(20)
            )
        )
        assert await storage.get_data(key) == {f"answer_{n}": n for n in range(20)}
        assert await other.get_state(key) == "Questions:segment"
    finally:
        await engine.dispose()
