"""Per-update cache of the FSM state and data in front of the real storage.

One update of the value-proposition dialogue reads its own state and data a dozen times (filters,
the transcript, the handler, the reminder bookkeeping); each read was a database transaction or a
Redis round trip. While aiogram's event isolation lock for a key is held, nothing else of this
bot writes that key, so what was read or written once in the update is still current: the cache
answers repeated reads, and writes go straight through to the storage (nothing is deferred, a
crash loses exactly what it lost before).

The cache lives from taking the isolation lock to releasing it, holds only the locked key, and
is switched off when the lock is released (a task spawned by a handler that outlives the update
reads the storage again).
"""

import copy
from collections.abc import AsyncGenerator, Mapping
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StateType, StorageKey

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

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self.inner.set_state(key, state)
        if (scope := _current(key)) is not None:
            scope.state = state.state if isinstance(state, State) else state

    async def get_state(self, key: StorageKey) -> str | None:
        scope = _current(key)
        if scope is None:
            return await self.inner.get_state(key)
        if scope.state is _MISSING:
            scope.state = await self.inner.get_state(key)
        return scope.state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
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

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        merged = await self.inner.update_data(key, data)
        if (scope := _current(key)) is not None:
            scope.data = copy.deepcopy(merged)
        return merged

    async def close(self) -> None:
        await self.inner.close()


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
