"""The first Bot API calls at start: which answers end the program, which are waited out."""

from collections.abc import Awaitable, Callable

import pytest
from aiogram.exceptions import (
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetMe

from bot.config import ConfigError
from bot.telegram.api_start import TokenRejectedError, with_retries

URL = "http://bot-api.internal:8081"


def answers(*outcomes: Exception | str) -> Callable[[], Awaitable[str]]:
    """A call that raises or returns the given outcomes in turn."""
    queue = list(outcomes)

    async def call() -> str:
        outcome = queue.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return call


class Sleeps:
    def __init__(self) -> None:
        self.waited: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waited.append(seconds)


def down() -> TelegramNetworkError:
    return TelegramNetworkError(GetMe(), "ClientConnectorError: Cannot connect to host")


async def test_network_errors_and_5xx_are_retried_with_growing_capped_delays(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sleeps = Sleeps()
    failures = [down(), down(), TelegramServerError(GetMe(), "Bad Gateway"), down(), down()]
    result = await with_retries(
        answers(*failures, "me"), api_url=URL, what="getMe", max_delay=8, sleep=sleeps
    )
    assert result == "me"
    assert sleeps.waited == [1, 2, 4, 8, 8]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 5
    assert warnings[0].startswith(f"cannot reach the Bot API at {URL} (BOT_API_URL) for getMe")
    assert warnings[0].endswith("retrying in 1 s")


async def test_flood_control_waits_as_long_as_telegram_asks() -> None:
    sleeps = Sleeps()
    flood = TelegramRetryAfter(GetMe(), "Too Many Requests", retry_after=7)
    assert await with_retries(answers(flood, "me"), api_url=URL, what="getMe", sleep=sleeps)
    assert sleeps.waited == [7]


async def test_a_rejected_token_is_a_config_error_at_once() -> None:
    sleeps = Sleeps()
    rejected = TelegramUnauthorizedError(GetMe(), "Unauthorized")
    with pytest.raises(TokenRejectedError) as raised:
        await with_retries(answers(rejected), api_url=URL, what="getMe", sleep=sleeps)
    assert isinstance(raised.value, ConfigError)  # exit code 2
    assert "BOT_TOKEN" in str(raised.value)
    assert "@BotFather" in str(raised.value)
    assert sleeps.waited == []


async def test_not_found_names_bot_api_url() -> None:
    missing = TelegramNotFound(GetMe(), "Not Found")
    with pytest.raises(ConfigError, match="BOT_API_URL") as raised:
        await with_retries(answers(missing), api_url=URL, what="getMe", sleep=Sleeps())
    assert URL in str(raised.value)
