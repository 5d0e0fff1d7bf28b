"""Sending one reminder through the limiter, with Telegram's errors sorted into outcomes.

429: every send pauses for ``retry_after`` and this one is tried again (not counted as an
attempt). 403: the user blocked the bot or is gone. 5xx, network errors and unreadable answers
(an HTML page from a proxy): retried with exponential backoff, a bounded number of times.
Anything else (400: the message itself is wrong) fails at once.
"""

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)

from bot.config import ReminderSettings
from bot.reminders.delivery.compose import Message
from bot.reminders.delivery.ratelimit import RateLimiter, Sleep
from bot.telegram.text_limits import split_message

log = logging.getLogger(__name__)

TRANSIENT = (TelegramServerError, TelegramNetworkError, ClientDecodeError, asyncio.TimeoutError)


@dataclass(frozen=True)
class Outcome:
    result: Literal["sent", "blocked", "failed", "requeue"]
    attempts: int
    message_id: int | None = None
    error: str | None = None


def backoff(settings: ReminderSettings, attempt: int) -> float:
    """Seconds before attempt ``attempt + 1``: base, 2·base, 4·base… up to the cap."""
    delay: float = settings.retry_backoff_seconds * 2 ** (attempt - 1)
    return min(delay, settings.retry_backoff_max_seconds)


async def _send_parts(bot: Bot, limiter: RateLimiter, chat_id: int, message: Message) -> int:
    """Send the text (split at Telegram's limit); the keyboard goes under the last part."""
    parts = split_message(message.text)
    message_id = 0
    for index, part in enumerate(parts):
        keyboard = message.keyboard if index == len(parts) - 1 else None
        await limiter.acquire(chat_id)
        message_id = (await bot.send_message(chat_id, part, reply_markup=keyboard)).message_id
    return message_id


async def send(
    bot: Bot,
    limiter: RateLimiter,
    chat_id: int,
    message: Message,
    settings: ReminderSettings,
    *,
    sleep: Sleep = asyncio.sleep,
) -> Outcome:
    attempts = waits = 0
    while True:
        attempts += 1
        try:
            message_id = await _send_parts(bot, limiter, chat_id, message)
        except TelegramRetryAfter as error:
            limiter.pause(error.retry_after)
            attempts -= 1
            waits += 1
            log.warning("429 from Telegram: all sends paused for %ss", error.retry_after)
            if waits >= settings.max_rate_limit_waits:
                return Outcome("requeue", attempts, error=str(error))
            continue
        except TelegramForbiddenError as error:
            return Outcome("blocked", attempts, error=error.message)
        except TRANSIENT as error:
            if attempts >= settings.max_attempts:
                return Outcome("failed", attempts, error=f"{type(error).__name__}: {error}")
            log.info("sending to %s failed (%s), retrying", chat_id, type(error).__name__)
            await sleep(backoff(settings, attempts))
            continue
        except TelegramAPIError as error:
            return Outcome("failed", attempts, error=f"{type(error).__name__}: {error.message}")
        return Outcome("sent", attempts, message_id=message_id)
