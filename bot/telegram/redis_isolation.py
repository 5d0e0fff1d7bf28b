"""One update of a person at a time across replicas: a Redis lock with a short, renewed lease.

aiogram's ``RedisEventIsolation`` takes the per-person lock for a fixed 60 s. When a replica
died holding it (kill -9, OOM, a lost node) that founder's next updates waited for the rest of
the minute, on every replica (found by the fault tests). Here the lease is short and a
background task renews it while the update is being handled, so a slow handler keeps its lock
and a dead one releases it within ``LEASE_SECONDS``.
"""

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncGenerator

from aiogram.fsm.storage.base import KeyBuilder, StorageKey
from aiogram.fsm.storage.redis import RedisEventIsolation
from redis.asyncio import Redis
from redis.asyncio.lock import Lock

log = logging.getLogger(__name__)

LEASE_SECONDS = 10.0


class RenewingRedisEventIsolation(RedisEventIsolation):
    """``RedisEventIsolation`` whose lock lease is renewed every third of ``lease`` seconds."""

    def __init__(
        self, redis: Redis, key_builder: KeyBuilder | None = None, lease: float = LEASE_SECONDS
    ) -> None:
        super().__init__(redis=redis, key_builder=key_builder, lock_kwargs={"timeout": lease})
        self.lease = lease

    @contextlib.asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        redis_key = self.key_builder.build(key, "lock")
        async with self.redis.lock(name=redis_key, timeout=self.lease, lock_class=Lock) as held:
            # Most updates end well within a third of the lease: a timer, not a task, each.
            renewing: list[asyncio.Task[None]] = []
            start = functools.partial(self._start_renewing, held, redis_key, renewing)
            timer = asyncio.get_running_loop().call_later(self.lease / 3, start)
            try:
                yield None
            finally:
                timer.cancel()
                for task in renewing:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    def _start_renewing(self, held: Lock, name: str, into: list[asyncio.Task[None]]) -> None:
        into.append(asyncio.create_task(self._renew(held, name)))

    async def _renew(self, held: Lock, name: str) -> None:
        while True:
            try:
                await held.reacquire()  # the TTL starts again from the full lease
            except Exception:  # Redis gone or the lock lost: the release will tell
                log.warning("could not renew the update lock %s", name, exc_info=True)
                return
            await asyncio.sleep(self.lease / 3)
