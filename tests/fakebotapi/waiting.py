"""A change notification that synchronous code can fire and coroutines can wait on."""

import asyncio
from collections.abc import Callable


class ChangeSignal:
    """Wakes every waiter whenever ``notify()`` is called (no lock needed to notify)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        """Sleep until the next notification or ``seconds``, whichever comes first."""
        event = self._event
        if seconds <= 0:
            return
        try:
            async with asyncio.timeout(seconds):
                await event.wait()
        except TimeoutError:
            pass

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        seconds: float,
        *,
        recheck: float | None = None,
    ) -> bool:
        """True once ``predicate()`` holds, False after ``seconds``.

        ``recheck`` bounds each sleep, for predicates that depend on the clock.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            if predicate():
                return True
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            await self.wait(remaining if recheck is None else min(remaining, recheck))
