"""State and data of one FSM key read or written together: one query or one Redis round trip
where the storage allows it (the SQL storage's one-row record; Redis MGET and MULTI/EXEC through
RedisStorage's public client, key builder and JSON functions)."""

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from aiogram.fsm.storage.redis import RedisStorage

from bot.telegram.fsm_storage import SqlStorage, state_name


def redis_keys(storage: RedisStorage, key: StorageKey) -> list[str]:
    """The Redis keys of ``key``'s state and data."""
    return [storage.key_builder.build(key, "state"), storage.key_builder.build(key, "data")]


def redis_values(storage: RedisStorage, values: list[Any]) -> tuple[str | None, dict[str, Any]]:
    """What ``get_state`` and ``get_data`` return, from the values of ``redis_keys``."""
    state, data = (
        value.decode("utf-8") if isinstance(value, bytes) else value for value in values
    )
    return state, storage.json_loads(data) if data else {}


async def read_both(storage: BaseStorage, key: StorageKey) -> tuple[str | None, dict[str, Any]]:
    """What ``get_state`` and ``get_data`` would return."""
    if isinstance(storage, RedisStorage):
        return redis_values(storage, await storage.redis.mget(*redis_keys(storage, key)))
    if isinstance(storage, SqlStorage):
        return await storage.get_record(key)
    return await storage.get_state(key), await storage.get_data(key)


async def write_both(
    storage: BaseStorage, key: StorageKey, state: StateType, data: Mapping[str, Any]
) -> None:
    """What ``set_state(state)`` then ``set_data(data)`` store, written together."""
    if isinstance(storage, RedisStorage):
        name = state_name(state)
        state_key = storage.key_builder.build(key, "state")
        data_key = storage.key_builder.build(key, "data")
        async with storage.redis.pipeline(transaction=True) as pipe:
            if name is None:
                pipe.delete(state_key)
            else:
                pipe.set(state_key, name, ex=storage.state_ttl)
            if data:
                pipe.set(data_key, storage.json_dumps(dict(data)), ex=storage.data_ttl)
            else:
                pipe.delete(data_key)
            await pipe.execute()
        return
    if isinstance(storage, SqlStorage):
        await storage.set_state_and_data(key, state, data)
        return
    await storage.set_state(key, state)
    await storage.set_data(key, data)
