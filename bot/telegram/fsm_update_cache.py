"""Per-update cache of the FSM state and data in front of the real storage, written once per
commit (public APIs only: a BaseStorage and a BaseEventIsolation of our own wrapping aiogram's).

One update of the value-proposition dialogue reads its own state and data a dozen times (filters,
the transcript, the handler, the reminder bookkeeping) and often writes them two or three times
(the data, then the state, then the data again). While aiogram's event isolation lock for a key
is held nothing else of this bot writes that key, so what was read or written once in the update
is still current: the cache answers repeated reads, and inside a unit of work the writes are
kept here and stored once, at the next commit (bot.db.unit_of_work): the SQL storage in the same
transaction just before it commits, Redis just after (a state never gets ahead of the data that
moved it). Both happen before any reply leaves; a rolled-back update stores nothing.

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
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StateType, StorageKey

from bot.telegram import unit_of_work
from bot.telegram.fsm_io import read_both, write_both
from bot.telegram.fsm_storage import SqlStorage, dump_data, state_name
from bot.telegram.redis_isolation import Read

_MISSING: Any = object()


class _Scope:
    """What is known about the locked key during one update, and what is still to be stored."""

    __slots__ = ("active", "data", "data_dirty", "key", "pending", "state", "state_dirty")

    def __init__(self, key: StorageKey) -> None:
        self.key = key
        self.active = True
        self.state: str | None = _MISSING
        self.data: dict[str, Any] = _MISSING
        self.state_dirty = False
        self.data_dirty = False
        self.pending = False  # a store is registered with the unit of work

    def covers(self, key: StorageKey) -> bool:
        return self.active and key == self.key

    def forget(self) -> None:
        """The unit of work rolled back: what was kept here may be gone."""
        self.state = self.data = _MISSING
        self.state_dirty = self.data_dirty = self.pending = False


_scope: ContextVar[_Scope | None] = ContextVar("fsm_update_scope", default=None)


def _current(key: StorageKey) -> _Scope | None:
    scope = _scope.get()
    return scope if scope is not None and scope.covers(key) else None


class CachingStorage(BaseStorage):
    """Wraps a storage; inside an update's isolation lock, reads come from memory and writes are
    stored once per commit of the update's unit of work."""

    def __init__(self, inner: BaseStorage) -> None:
        self.inner = inner
        self._sql = isinstance(inner, SqlStorage)  # stored in the update's transaction

    async def _deferred(self, key: StorageKey) -> _Scope | None:
        """The scope to keep a write of ``key`` in until the commit, or None: then the caller
        writes through, and a state kept outside the database (Redis) still never gets ahead of
        the data: the update's pending writes are committed first."""
        scope, uow = _current(key), unit_of_work.current()
        if scope is None or uow is None:
            if not self._sql and uow is not None:
                await uow.commit()
            return None
        if not scope.pending:
            scope.pending = True
            store = lambda: self._store(scope)  # noqa: E731
            if self._sql:
                uow.before_commit(store)
            else:
                uow.after_commit(store)
            uow.after_rollback(scope.forget)
        return scope

    async def _store(self, scope: _Scope) -> None:
        state_dirty, data_dirty = scope.state_dirty, scope.data_dirty
        scope.state_dirty = scope.data_dirty = scope.pending = False
        if state_dirty and data_dirty:
            await write_both(self.inner, scope.key, scope.state, scope.data)
        elif state_dirty:
            await self.inner.set_state(scope.key, scope.state)
        elif data_dirty:
            await self.inner.set_data(scope.key, scope.data)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        name = state_name(state)
        if (scope := await self._deferred(key)) is None:
            await self.inner.set_state(key, name)
            return
        scope.state, scope.state_dirty = name, True

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
        if self._sql:
            dump_data(data)  # refused here, where the caller is, not at the commit
        if (scope := await self._deferred(key)) is None:
            await self.inner.set_data(key, data)
            return
        scope.data, scope.data_dirty = copy.deepcopy(dict(data)), True

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
        """set_state then set_data, stored together (one statement or MULTI/EXEC)."""
        if await self._deferred(key) is None:
            await write_both(self.inner, key, state, data)
            return
        await self.set_data(key, data)
        await self.set_state(key, state)

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        if await self._deferred(key) is None:
            return await self.inner.update_data(key, data)
        merged = await self.get_data(key)
        merged.update(data)
        await self.set_data(key, merged)
        return copy.deepcopy(merged)

    async def close(self) -> None:
        await self.inner.close()


async def set_state_and_data(
    context: FSMContext, state: StateType, data: Mapping[str, Any]
) -> None:
    """``context.set_state(state)`` and ``context.set_data(data)`` as one write: no moment where
    the new state has the old data."""
    storage = context.storage
    if isinstance(storage, CachingStorage):
        await storage.set_state_and_data(context.key, state, data)
    else:
        await write_both(storage, context.key, state, data)


class CachingIsolation(BaseEventIsolation):
    """Wraps an event isolation; holding the lock for a key opens that key's cache scope."""

    def __init__(self, inner: BaseEventIsolation) -> None:
        self.inner = inner

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        async with self.inner.lock(key) as read:
            scope = _Scope(key)
            if isinstance(read, Read):  # the state and data, read with the lock
                scope.state, scope.data = read.state, read.data
            token = _scope.set(scope)
            try:
                yield
            finally:
                scope.active = False
                with suppress(ValueError):  # closed from another context: nothing to undo
                    _scope.reset(token)

    async def close(self) -> None:
        await self.inner.close()
