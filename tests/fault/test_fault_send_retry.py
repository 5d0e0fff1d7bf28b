"""The retry of Bot API calls made while handling an update (bot.telegram.send_retry), without
I/O: which errors are retried, how long it waits, and that it stops.
"""

from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates, SendMessage

from bot.telegram.send_retry import TransientRetry, retrying_sends

SEND = SendMessage(chat_id=1, text="Вопрос 2 из 5")
BOT: Any = None  # the middleware passes the bot through untouched


class Script:
    """A fake next step: raises the planned errors in turn, then answers "sent"."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, bot: Bot, method: Any) -> Any:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "sent"


def retry() -> tuple[TransientRetry, list[float]]:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    return TransientRetry(sleep=sleep), slept


def bad_gateway() -> TelegramServerError:
    return TelegramServerError(method=SEND, message="Bad Gateway")


async def test_5xx_network_and_html_answers_are_retried_with_growing_waits() -> None:
    middleware, slept = retry()
    html = ClientDecodeError("Failed to decode object", ValueError("no JSON"), "<html>502</html>")
    script = Script(bad_gateway(), TelegramNetworkError(method=SEND, message="reset"), html)
    with retrying_sends():
        assert cast(object, await middleware(script, BOT, SEND)) == "sent"
    assert script.calls == 4
    assert slept == [0.5, 1.0, 2.0]


async def test_retries_are_bounded() -> None:
    middleware, slept = retry()
    script = Script(*(bad_gateway() for _ in range(10)))
    with retrying_sends(), pytest.raises(TelegramServerError):
        await middleware(script, BOT, SEND)
    assert script.calls == 5
    assert slept == [0.5, 1.0, 2.0, 4.0]


async def test_429_waits_retry_after_and_a_long_pause_is_not_waited_out() -> None:
    middleware, slept = retry()
    script = Script(TelegramRetryAfter(method=SEND, message="Too Many Requests", retry_after=3))
    with retrying_sends():
        assert cast(object, await middleware(script, BOT, SEND)) == "sent"
    assert slept == [3.0]

    long_pause = Script(TelegramRetryAfter(method=SEND, message="Flood", retry_after=300))
    with retrying_sends(), pytest.raises(TelegramRetryAfter):
        await middleware(long_pause, BOT, SEND)
    assert long_pause.calls == 1


@pytest.mark.parametrize(
    "error",
    [
        TelegramBadRequest(method=SEND, message="Bad Request: can't parse entities"),
        ClientDecodeError("Failed to deserialize object", ValueError("shape"), {"ok": True}),
    ],
    ids=["400", "json-of-the-wrong-shape"],
)
async def test_errors_of_the_request_itself_are_not_retried(error: Exception) -> None:
    middleware, slept = retry()
    script = Script(error)
    with retrying_sends(), pytest.raises(type(error)):
        await middleware(script, BOT, SEND)
    assert (script.calls, slept) == (1, [])


async def test_outside_an_update_and_for_get_updates_nothing_is_retried() -> None:
    """The reminder loop has its own retries; polling has aiogram's backoff."""
    middleware, slept = retry()
    script = Script(bad_gateway())
    with pytest.raises(TelegramServerError):
        await middleware(script, BOT, SEND)  # not inside retrying_sends()
    poll = Script(bad_gateway())
    with retrying_sends(), pytest.raises(TelegramServerError):
        await middleware(poll, BOT, GetUpdates())
    assert (script.calls, poll.calls, slept) == (1, 1, [])
