"""The per-founder update lock of scale mode (bot.telegram.redis_isolation) on the real Redis:
a slow handler keeps it past its lease, and a dead holder's lock runs out within the lease.
Needs TEST_REDIS_URL (and TEST_POSTGRES_URL, like every scale-mode fault test).
"""

import asyncio

from aiogram.fsm.storage.base import DefaultKeyBuilder, StorageKey
from redis.asyncio import Redis

from bot.telegram.redis_isolation import RenewingRedisEventIsolation
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
