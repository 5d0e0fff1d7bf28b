"""Pace of outgoing reminders: a global rate, spacing per chat, and a global pause after a 429.

The global limit is a strict spacing of 1/rate seconds between sends (a token bucket holding one
token): any one-second window then holds at most rate + 1 sends, never a burst. Each chat gets at
most one message per ``per_chat_interval``. A 429 pauses every send for ``retry_after``.
The clock and sleep are injectable so tests can run it on virtual time.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable

Now = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class RateLimiter:
    """Reserve a send slot with ``await acquire(chat_id)``; report 429s with ``pause``."""

    def __init__(
        self,
        rate: float,
        per_chat_interval: float = 1.0,
        *,
        now: Now = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / rate
        self.per_chat_interval = per_chat_interval
        self._now = now
        self._sleep = sleep
        self._next_slot = 0.0
        self.paused_until = 0.0
        self._chat_next: dict[int, float] = {}
        self._reserved = 0
        self.pauses = 0

    def pause(self, seconds: float) -> None:
        """Stop every send for ``seconds`` from now (Telegram's retry_after)."""
        until = self._now() + seconds
        if until > self.paused_until:
            self.paused_until = until
            self.pauses += 1
        self._next_slot = max(self._next_slot, self.paused_until)

    async def acquire(self, chat_id: int) -> None:
        """Wait until a send to ``chat_id`` is allowed, and take that slot."""
        while True:
            now = self._now()
            wait = max(self.paused_until - now, self._chat_next.get(chat_id, 0.0) - now)
            if wait > 0:
                await self._sleep(wait)
                continue
            # No await between reading and reserving: the slot is ours alone.
            slot = max(now, self._next_slot)
            self._next_slot = slot + self.interval
            self._chat_next[chat_id] = slot + self.per_chat_interval
            if slot > now:
                await self._sleep(slot - now)
            if self.paused_until > self._now():
                continue  # a 429 arrived while we waited for the slot: wait for the pause too
            self._forget_old()
            return

    def _forget_old(self) -> None:
        """Drop chats whose spacing has long expired, so the table stays small."""
        self._reserved += 1
        if self._reserved % 1024:
            return
        now = self._now()
        self._chat_next = {chat: at for chat, at in self._chat_next.items() if at > now}
