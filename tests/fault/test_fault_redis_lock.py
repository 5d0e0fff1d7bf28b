"""The per-founder update lock of scale mode (bot.telegram.redis_isolation) on the real Redis:
a slow handler keeps it past its lease, and a dead holder's lock runs out within the lease.
Needs TEST_REDIS_URL (and TEST_POSTGRES_URL, like every scale-mode fault test).
"""

import asyncio

from aiogram.fsm.storage.base import DefaultKeyBuilder, StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import Redis

from bot.telegram.fsm_update_cache import CachingIsolation, CachingStorage
from bot.telegram.redis_isolation import Read, RenewingRedisEventIsolation
from tests.fault.backing import Backend

LEASE = 0.6


async def test_lock_is_renewed_while_held_and_a_dead_holders_lock_expires(
    scale_backend: Backend, bot_id: int
) -> None:
    assert scale_backend.redis_url is not None
    redis = Redis.from_url(scale_backend.redis_url)
    keys = DefaultKeyBuilder(with_bot_id=True, with_destiny=True)
    isolation = RenewingRedisEventIsolation(redis, key_builder=keys, lease=LEASE)
    key = StorageKey(bot_id=bot_id, chat_id=42, user_id=42)
    name = keys.build(key, "lock")
    order: list[str] = []
    loop = asyncio.get_running_loop()

    async def slow_update() -> None:
        async with isolation.lock(key):
            order.append("slow in")
            await asyncio.sleep(LEASE * 3)  # much longer than the lease
            order.append("slow out")

    async def next_update() -> None:
        await asyncio.sleep(LEASE)  # arrives while the slow one runs
        async with isolation.lock(key):
            order.append("next")

    try:
        await asyncio.gather(slow_update(), next_update())
        assert order == ["slow in", "slow out", "next"]  # never overlapped
        assert await redis.exists(name) == 0  # released

        # A holder that died: its lock is there, nobody renews or releases it.
        await redis.set(name, "dead-replica-token", px=int(LEASE * 1000))
        started = loop.time()
        async with isolation.lock(key):
            waited = loop.time() - started
        assert waited <= LEASE + 0.5
    finally:
        await redis.delete(name)
        await redis.aclose()


async def test_taking_the_lock_reads_the_state_and_data_in_the_same_round_trip(
    scale_backend: Backend, bot_id: int
) -> None:
    """With the storage, the lock yields what ``get_state`` and ``get_data`` would return, and
    the per-update cache starts from it: the update's first read asks Redis nothing."""
    assert scale_backend.redis_url is not None
    keys = DefaultKeyBuilder(with_bot_id=True, with_destiny=True)
    storage = RedisStorage.from_url(scale_backend.redis_url, key_builder=keys)
    isolation = RenewingRedisEventIsolation(storage.redis, key_builder=keys, storage=storage)
    key = StorageKey(bot_id=bot_id, chat_id=43, user_id=43)
    stored = [keys.build(key, "state"), keys.build(key, "data")]
    try:
        async with isolation.lock(key) as read:
            assert read == Read(None, {})  # nothing stored yet
        await storage.set_state(key, "Dialog:segment")
        await storage.set_data(key, {"vp_id": 7, "name": "Кофейня"})
        async with isolation.lock(key) as read:
            assert read == Read("Dialog:segment", {"vp_id": 7, "name": "Кофейня"})
        cached = CachingStorage(storage)
        async with CachingIsolation(isolation).lock(key):
            await storage.redis.delete(*stored)  # gone from Redis: what follows is the lock's
            assert await cached.get_state(key) == "Dialog:segment"
            assert (await cached.get_data(key))["name"] == "Кофейня"
    finally:
        await storage.redis.delete(*stored)
        await storage.close()
