"""Routing an update never leaves the event loop.

aiogram hands every synchronous filter (a magic filter such as ``F.chat.type``) to a worker
thread through ``asyncio.to_thread``; the bot's filters are async so that a message or a press is
routed on the loop. Every update passes the root router's filters, so one synchronous filter
there would cost a thread hand-off per update.
"""

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.e2e.harness import GOOD_RU, Founder


async def test_a_dialogue_is_routed_without_worker_threads(
    anna: Founder, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed_off: list[str] = []
    to_thread = asyncio.to_thread

    async def spy(function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        inner = getattr(function, "func", function)  # aiogram passes a functools.partial
        handed_off.append(getattr(inner, "__qualname__", repr(inner)))
        return await to_thread(function, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", spy)
    await anna.say("/start", count=2)
    await anna.press("Принимаю", count=2)
    await anna.say("Кофейни Казани")
    [question] = await anna.say(GOOD_RU["segment"])
    assert "Вопрос 2 из 5" in question.plain_text
    [back] = await anna.press("← Назад")
    assert "Вопрос 1 из 5" in back.plain_text
    assert handed_off == []
