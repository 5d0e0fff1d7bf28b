"""The limiter on virtual time: global spacing, one message per second per chat, 429 pauses."""

import asyncio
import heapq
from collections.abc import Awaitable
from typing import TypeVar

from bot.reminders.delivery.ratelimit import RateLimiter

T = TypeVar("T")


class VirtualTime:
    """A monotonic clock that jumps to the next sleeper's wake-up once everyone is blocked."""

    def __init__(self) -> None:
        self.now = 1000.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = 0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._count += 1
        heapq.heappush(self._sleepers, (self.now + max(seconds, 0.0), self._count, future))
        await future

    async def run(self, work: Awaitable[T]) -> T:
        task = asyncio.ensure_future(work)
        while not task.done():
            for _ in range(10):  # let every runnable task reach its next sleep
                await asyncio.sleep(0)
            if self._sleepers and not task.done():
                wake, _, future = heapq.heappop(self._sleepers)
                self.now = max(self.now, wake)
                future.set_result(None)
        return task.result()


def max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window - 1e-9:
            start += 1
        best = max(best, end - start + 1)
    return best


async def _send_all(limiter: RateLimiter, clock: VirtualTime, chats: list[int]) -> list[float]:
    times: list[float] = []

    async def one(chat: int) -> None:
        await limiter.acquire(chat)
        times.append(clock.now)

    await clock.run(asyncio.gather(*(one(chat) for chat in chats)))
    return times


async def test_global_rate_is_never_exceeded_in_any_second() -> None:
    clock = VirtualTime()
    limiter = RateLimiter(25, 1.0, now=clock, sleep=clock.sleep)
    times = await _send_all(limiter, clock, list(range(200)))
    assert len(times) == 200
    assert max_in_window(times) <= 25
    assert max(times) - min(times) < 200 / 25  # and it keeps the pace


async def test_one_chat_gets_at_most_one_message_per_second() -> None:
    clock = VirtualTime()
    limiter = RateLimiter(25, 1.0, now=clock, sleep=clock.sleep)
    times = await _send_all(limiter, clock, [7] * 5)
    gaps = [b - a for a, b in zip(sorted(times), sorted(times)[1:], strict=False)]
    assert all(gap >= 1.0 - 1e-9 for gap in gaps)


async def test_other_chats_are_not_held_up_by_a_busy_one() -> None:
    clock = VirtualTime()
    limiter = RateLimiter(25, 1.0, now=clock, sleep=clock.sleep)
    start = clock.now
    times = await _send_all(limiter, clock, [1, 1, 2, 3, 4])
    assert sorted(times)[3] - start < 0.5  # chats 2-4 went out before chat 1's second message


async def test_pause_after_429_holds_every_send_until_it_ends() -> None:
    clock = VirtualTime()
    limiter = RateLimiter(25, 1.0, now=clock, sleep=clock.sleep)
    await clock.run(limiter.acquire(1))
    limiter.pause(3)
    paused_at = clock.now
    times = await _send_all(limiter, clock, [2, 3, 4])
    assert min(times) >= paused_at + 3
    assert limiter.pauses == 1


async def test_a_shorter_pause_does_not_shorten_a_longer_one() -> None:
    clock = VirtualTime()
    limiter = RateLimiter(10, 1.0, now=clock, sleep=clock.sleep)
    limiter.pause(5)
    limiter.pause(1)
    assert limiter.paused_until == clock.now + 5
