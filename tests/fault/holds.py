"""Holding one Bot API call of the bot at the fake server, so the bot can be killed right there.

``Hold(api, "sendMessage", chat_id=...)`` installed as ``before_call`` stops the bot's request
before it takes effect (nothing reaches the chat); as ``after_call``, after it took effect (the
founder sees the reply) but before the bot gets the answer. ``reached`` is set when a matching
call arrives; it then waits until ``release()`` (or until the killed bot's connection drops).
"""

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

from tests.fakebotapi import FakeBotAPI


class Hold:
    def __init__(
        self, method: str, *, when: Callable[[Mapping[str, Any]], bool] | None = None
    ) -> None:
        self.method = method
        self.when = when
        self.reached = asyncio.Event()
        self.released = asyncio.Event()

    async def __call__(self, method: str, params: Mapping[str, Any]) -> None:
        if method != self.method or self.released.is_set():
            return
        if self.when is not None and not self.when(params):
            return
        self.reached.set()
        await self.released.wait()

    async def wait_reached(self, timeout: float = 15.0) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            await self.reached.wait()

    def release(self) -> None:
        self.released.set()


def to_chat(chat_id: int) -> Callable[[Mapping[str, Any]], bool]:
    return lambda params: str(params.get("chat_id")) == str(chat_id)


def confirming(update_id: int) -> Callable[[Mapping[str, Any]], bool]:
    """A getUpdates whose offset confirms ``update_id``."""
    return lambda params: int(params.get("offset") or 0) > update_id


def unhook(api: FakeBotAPI) -> None:
    api.before_call = None
    api.after_call = None
