"""The first calls to the Bot API at start: a rejected token ends the program with one sentence;
an unreachable server (or network) is logged with its BOT_API_URL and retried with backoff, as a
service should, instead of dying with a traceback.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiogram.exceptions import (
    ClientDecodeError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)

from bot.config import ConfigError

log = logging.getLogger(__name__)
T = TypeVar("T")

FIRST_DELAY = 1.0
MAX_DELAY = 60.0
REJECTED_MESSAGE = (
    "Telegram rejected BOT_TOKEN (401 Unauthorized): check that BOT_TOKEN in .env is the whole "
    "token, or get a new one from @BotFather (/mybots → API Token) if it was revoked"
)

Sleep = Callable[[float], Awaitable[None]]


class TokenRejectedError(ConfigError):
    """The Bot API answered 401: the token is mistyped or was revoked."""


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    api_url: str,
    what: str,
    max_delay: float = MAX_DELAY,
    sleep: Sleep = asyncio.sleep,
) -> T:
    """``call()`` until it succeeds; 401 and 404 become a ConfigError (exit code 2).

    Network errors, 5xx and answers that are not the Bot API's JSON (a proxy's error page) are
    retried after 1, 2, 4 … ``max_delay`` seconds; 429 after the time Telegram asks for.
    """
    delay = FIRST_DELAY
    failures = 0
    while True:
        try:
            result = await call()
        except TelegramUnauthorizedError:
            raise TokenRejectedError(REJECTED_MESSAGE) from None
        except TelegramNotFound:
            msg = (
                f"the Bot API at {api_url} answered 404 Not Found to {what}: check BOT_API_URL "
                "(it should be the server's base address, such as https://api.telegram.org)"
            )
            raise ConfigError(msg) from None
        except TelegramRetryAfter as error:
            wait, reason = float(error.retry_after), "429 Too Many Requests"
        except (TelegramNetworkError, TelegramServerError, ClientDecodeError) as error:
            wait, reason = delay, f"{type(error).__name__}: {error}"
            delay = min(delay * 2, max_delay)
        else:
            if failures:
                log.info("reached the Bot API at %s after %d failed tries", api_url, failures)
            return result
        failures += 1
        log.warning(
            "cannot reach the Bot API at %s (BOT_API_URL) for %s: %s; retrying in %g s",
            api_url,
            what,
            reason.replace("\n", " ")[:300],
            wait,
        )
        await sleep(wait)
