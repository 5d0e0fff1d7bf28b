"""Per-user event isolation inside one process that forgets users once they are idle.

aiogram's ``SimpleEventIsolation`` keeps one ``asyncio.Lock`` per storage key forever (its own
TODO says a cleaner is needed), so every founder who ever wrote costs memory until a restart.
This one counts holders and waiters per key and drops the lock when the count falls to zero;
updates of one user are still handled one at a time, in arrival order.
"""

from asyncio import Lock
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey


class _Entry:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = Lock()
        self.users = 0


class LocalEventIsolation(BaseEventIsolation):
    """One lock per key while someone holds or waits for it; none for idle keys."""

    def __init__(self) -> None:
        self._entries: dict[StorageKey, _Entry] = {}

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        entry.users += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.users -= 1
            if entry.users == 0 and self._entries.get(key) is entry:
                del self._entries[key]

    def __len__(self) -> int:
        """Keys with a holder or a waiter right now."""
        return len(self._entries)

    async def close(self) -> None:
        self._entries.clear()


class LocalThenSharedIsolation(BaseEventIsolation):
    """A process-local lock first, then the shared (Redis) one.

    Redis locks are polled (redis-py sleeps 0.1 s between attempts), so a user's next update
    arriving while this process still finishes the previous one would wait in 0.1 s steps.
    Queueing on a local lock first hands the key over at once inside one process; the shared
    lock still keeps replicas apart.
    """

    def __init__(self, shared: BaseEventIsolation) -> None:
        self.local = LocalEventIsolation()
        self.shared = shared

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[Any, None]:
        async with self.local.lock(key), self.shared.lock(key) as read:
            yield read  # what the shared lock read with it (bot.telegram.redis_isolation)

    async def close(self) -> None:
        await self.local.close()
        await self.shared.close()
