"""One update of a person at a time across replicas: a Redis lock with a short, renewed lease,
taken in the same round trip as the first read of that person's state.

aiogram's ``RedisEventIsolation`` takes the per-person lock for a fixed 60 s. When a replica
died holding it (kill -9, OOM, a lost node) that founder's next updates waited for the rest of
the minute, on every replica (found by the fault tests). Here the lease is short and renewed
while the update is being handled, so a slow handler keeps its lock and a dead one releases it
within ``LEASE_SECONDS``.

Every update reads its state and data right after taking the lock (bot.telegram.fsm_context).
Given the storage, one script takes the lock and reads them (``Read``, which the per-update
cache of bot.telegram.fsm_update_cache starts from): one round trip less per update. The
scripts are Lua run by Redis (redis-py's ``register_script``), as redis-py's own lock does.
"""

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

from aiogram.fsm.storage.base import BaseEventIsolation, DefaultKeyBuilder, KeyBuilder, StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import Redis

from bot.telegram.fsm_io import redis_keys, redis_values

log = logging.getLogger(__name__)

LEASE_SECONDS = 10.0
RETRY_SECONDS = 0.1  # a lock held by another replica is tried again this often (as redis-py's)
# KEYS: the lock, then the keys to read once it is taken; ARGV: the token, the lease in ms.
TAKE = """
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  if #KEYS > 1 then return {1, redis.call('mget', unpack(KEYS, 2))} end
  return {1}
end
return {0}
"""
RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0
"""
RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


@dataclass(frozen=True, slots=True)
class Read:
    """The state and data of the locked key, read with the lock (what ``get_state`` and
    ``get_data`` would return)."""

    state: str | None
    data: dict[str, Any]


class RenewingRedisEventIsolation(BaseEventIsolation):
    """A per-key Redis lock whose lease is renewed every third of ``lease`` seconds; with
    ``storage``, taking it also reads the key's state and data (``lock`` yields a ``Read``)."""

    def __init__(
        self,
        redis: Redis,
        key_builder: KeyBuilder | None = None,
        lease: float = LEASE_SECONDS,
        storage: RedisStorage | None = None,
    ) -> None:
        self.redis = redis
        self.key_builder = key_builder or DefaultKeyBuilder()
        self.lease = lease
        self.storage = storage
        self._take = redis.register_script(TAKE)
        self._renew = redis.register_script(RENEW)
        self._release = redis.register_script(RELEASE)

    @contextlib.asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[Any, None]:  # a Read or None
        name = self.key_builder.build(key, "lock")
        token = secrets.token_hex(16)
        read = await self._acquire(name, token, key)
        # Most updates end well within a third of the lease: a timer, not a task, each.
        renewing: list[asyncio.Task[None]] = []
        start = lambda: renewing.append(asyncio.create_task(self._renewing(name, token)))  # noqa: E731
        timer = asyncio.get_running_loop().call_later(self.lease / 3, start)
        try:
            yield read
        finally:
            timer.cancel()
            for task in renewing:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if not await self._release(keys=[name], args=[token]):
                log.warning("the update lock %s had run out before its release", name)

    async def _acquire(self, name: str, token: str, key: StorageKey) -> Read | None:
        keys = [name] + ([] if self.storage is None else redis_keys(self.storage, key))
        lease_ms = int(self.lease * 1000)
        while True:
            taken = await self._take(keys=keys, args=[token, lease_ms])
            if taken[0]:
                break
            await asyncio.sleep(RETRY_SECONDS)
        if self.storage is None:
            return None
        return Read(*redis_values(self.storage, taken[1]))

    async def _renewing(self, name: str, token: str) -> None:
        while True:
            try:  # the TTL starts again from the full lease
                if not await self._renew(keys=[name], args=[token, int(self.lease * 1000)]):
                    log.warning("the update lock %s was lost before its renewal", name)
                    return
            except Exception:  # Redis gone: the release will tell
                log.warning("could not renew the update lock %s", name, exc_info=True)
                return
            await asyncio.sleep(self.lease / 3)

    async def close(self) -> None:
        pass
