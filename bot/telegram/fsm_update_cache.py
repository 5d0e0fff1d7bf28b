"""Per-update cache of the FSM state and data in front of the real storage (public APIs only:
a BaseStorage and a BaseEventIsolation of our own wrapping aiogram's).

One update of the value-proposition dialogue reads its own state and data a dozen times (filters,
the transcript, the handler, the reminder bookkeeping); each read was a database transaction or a
Redis round trip. While aiogram's event isolation lock for a key is held, nothing else of this
bot writes that key, so what was read or written once in the update is still current: the cache
answers repeated reads, and writes go straight through to the storage (the SQL storage writes in
the update's unit of work; before a write to Redis the unit of work commits, as before a reply).

The cache lives from taking the isolation lock to releasing it, holds only the locked key, and
is switched off when the lock is released (a task spawned by a handler that outlives the update
reads the storage again).
"""

import copy
from collections.abc import AsyncGenerator, Mapping
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StateType, StorageKey
from aiogram.fsm.storage.redis import RedisStorage

from bot.telegram import unit_of_work
from bot.telegram.fsm_storage import SqlStorage

_MISSING: Any = object()


class _Scope:
    """What is known about the locked key during one update."""

    __slots__ = ("active", "data", "key", "state")

    def __init__(self, key: StorageKey) -> None:
        self.key = key
        self.active = True
        self.state: str | None = _MISSING
        self.data: dict[str, Any] = _MISSING

    def covers(self, key: StorageKey) -> bool:
        return self.active and key == self.key


_scope: ContextVar[_Scope | None] = ContextVar("fsm_update_scope", default=None)


def _current(key: StorageKey) -> _Scope | None:
    scope = _scope.get()
    return scope if scope is not None and scope.covers(key) else None


class CachingStorage(BaseStorage):
    """Wraps a storage; inside an update's isolation lock, repeated reads come from memory."""

    def __init__(self, inner: BaseStorage) -> None:
        self.inner = inner
        self._joins = isinstance(inner, SqlStorage)  # writes in the update's transaction

    async def _before_write(self) -> None:
        """A state kept outside the database (Redis) never gets ahead of the data: the update's
        pending writes (the answer that moves the state) are committed first."""
        if not self._joins and (uow := unit_of_work.current()) is not None:
            await uow.commit()

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._before_write()
        await self.inner.set_state(key, state)
        if (scope := _current(key)) is not None:
            scope.state = state.state if isinstance(state, State) else state

    async def get_state(self, key: StorageKey) -> str | None:
        scope = _current(key)
        if scope is None:
            return await self.inner.get_state(key)
        if scope.state is _MISSING:
            # The first read of an update (aiogram's FSM middleware) takes the data along: the
            # handler, the transcript and the reminders all read it a moment later.
            state, data = await read_both(self.inner, key)
            scope.state = state
            if scope.data is _MISSING:
                scope.data = data
        return scope.state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._before_write()
        await self.inner.set_data(key, data)
        if (scope := _current(key)) is not None:
            scope.data = copy.deepcopy(dict(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        scope = _current(key)
        if scope is None:
            return await self.inner.get_data(key)
        if scope.data is _MISSING:
            scope.data = await self.inner.get_data(key)
        return copy.deepcopy(scope.data)

    async def set_state_and_data(
        self, key: StorageKey, state: StateType, data: Mapping[str, Any]
    ) -> None:
        """set_state then set_data, in one transaction (SQL) or one MULTI/EXEC (Redis)."""
        await self._before_write()
        await write_both(self.inner, key, state, data)
        if (scope := _current(key)) is not None:
            scope.state = state.state if isinstance(state, State) else state
            scope.data = copy.deepcopy(dict(data))

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        await self._before_write()
        merged = await self.inner.update_data(key, data)
        if (scope := _current(key)) is not None:
            scope.data = copy.deepcopy(merged)
        return merged

    async def close(self) -> None:
        await self.inner.close()


async def read_both(storage: BaseStorage, key: StorageKey) -> tuple[str | None, dict[str, Any]]:
    """State and data of ``key`` with one query or round trip when the storage allows it."""
    if isinstance(storage, RedisStorage):
        state, data = await storage.redis.mget(
            storage.key_builder.build(key, "state"), storage.key_builder.build(key, "data")
        )
        if isinstance(state, bytes):
            state = state.decode("utf-8")
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return state, storage.json_loads(data) if data else {}
    if isinstance(storage, SqlStorage):
        return await storage.get_record(key)
    return await storage.get_state(key), await storage.get_data(key)


async def write_both(
    storage: BaseStorage, key: StorageKey, state: StateType, data: Mapping[str, Any]
) -> None:
    """What ``set_state(state)`` then ``set_data(data)`` store, written together."""
    if isinstance(storage, RedisStorage):
        if not isinstance(data, dict):
            data = dict(data)
        name = state.state if isinstance(state, State) else state
        state_key = storage.key_builder.build(key, "state")
        data_key = storage.key_builder.build(key, "data")
        async with storage.redis.pipeline(transaction=True) as pipe:
            if name is None:
                pipe.delete(state_key)
            else:
                pipe.set(state_key, name, ex=storage.state_ttl)
            if data:
                pipe.set(data_key, storage.json_dumps(data), ex=storage.data_ttl)
            else:
                pipe.delete(data_key)
            await pipe.execute()
        return
    if isinstance(storage, SqlStorage):
        await storage.set_state_and_data(key, state, data)
        return
    await storage.set_state(key, state)
    await storage.set_data(key, data)


async def set_state_and_data(
    context: FSMContext, state: StateType, data: Mapping[str, Any]
) -> None:
    """``context.set_state(state)`` and ``context.set_data(data)`` as one write: one transaction
    or round trip instead of two, and no moment where the new state has the old data."""
    await write_both(context.storage, context.key, state, data)


class CachingIsolation(BaseEventIsolation):
    """Wraps an event isolation; holding the lock for a key opens that key's cache scope."""

    def __init__(self, inner: BaseEventIsolation) -> None:
        self.inner = inner

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        async with self.inner.lock(key):
            scope = _Scope(key)
            token = _scope.set(scope)
            try:
                yield
            finally:
                scope.active = False
                with suppress(ValueError):  # closed from another context: nothing to undo
                    _scope.reset(token)

    async def close(self) -> None:
        await self.inner.close()
