"""Helpers of the reminder tests: seeding users, reminders, occurrences; a loop on a fake API."""

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import ReminderSettings
from bot.db.models import Reminder, ReminderOccurrence, User
from bot.i18n import I18n
from bot.onboarding.consent import CONSENT_VERSION
from bot.reminders.delivery.loop import DeliveryLoop
from bot.reminders.delivery.ratelimit import RateLimiter
from tests.fakebotapi import FakeBotAPI, FakeUser

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # Thursday; 12:00 in Moscow


class Clock:
    """The time the loop sees; tests move it."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def fast_settings(**overrides: Any) -> ReminderSettings:
    """Delivery settings for tests: fast polling, tiny backoff, no per-chat spacing wait."""
    values: dict[str, Any] = {
        "poll_interval_seconds": 0.05,
        "retry_backoff_seconds": 0.01,
        "retry_backoff_max_seconds": 0.05,
        "per_chat_interval_seconds": 0.0,
        "global_rate_per_second": 30,
    }
    values.update(overrides)
    return ReminderSettings(**values)


async def add_user(session: AsyncSession, user_id: int, **fields: Any) -> User:
    values: dict[str, Any] = {
        "first_name": f"User {user_id}",
        "language": "ru",
        "timezone": "Europe/Moscow",
        "consent_version": CONSENT_VERSION,
        "consent_at": NOW,
        "created_at": NOW,
        "last_seen_at": NOW - timedelta(days=30),
        "quiet_start": 0,
        "quiet_end": 0,
    }
    values.update(fields)
    user = User(id=user_id, **values)
    session.add(user)
    await session.flush()
    return user


async def add_reminder(session: AsyncSession, user_id: int, kind: str, **fields: Any) -> Reminder:
    reminder = Reminder(user_id=user_id, kind=kind, created_at=NOW, **fields)
    session.add(reminder)
    await session.flush()
    return reminder


async def add_occurrence(
    session: AsyncSession, reminder: Reminder, key: str, due_at: datetime, **fields: Any
) -> ReminderOccurrence:
    occurrence = ReminderOccurrence(
        reminder_id=reminder.id,
        user_id=reminder.user_id,
        occurrence_key=key,
        due_at=due_at,
        **fields,
    )
    session.add(occurrence)
    await session.flush()
    return occurrence


async def occurrences(
    session_factory: async_sessionmaker[AsyncSession], *where: Any
) -> list[ReminderOccurrence]:
    async with session_factory() as session:
        query = select(ReminderOccurrence).where(*where).order_by(ReminderOccurrence.id)
        return list((await session.scalars(query)).all())


def known_chats(api: FakeBotAPI, *user_ids: int) -> None:
    """Telegram only lets a bot write to people who started it."""
    for user_id in user_ids:
        api.state.ensure_chat(FakeUser(id=user_id, first_name=f"User {user_id}"))


@contextlib.asynccontextmanager
async def api_bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    bot = Bot(api.token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))
    try:
        yield bot
    finally:
        await bot.session.close()


def make_loop(
    bot: Bot,
    session_factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    settings: ReminderSettings | None = None,
    *,
    worker: str | None = None,
) -> DeliveryLoop:
    config = settings or fast_settings()
    limiter = RateLimiter(config.global_rate_per_second, config.per_chat_interval_seconds)
    return DeliveryLoop(
        bot=bot,
        session_factory=session_factory,
        i18n=I18n(),
        settings=config,
        clock=clock,
        limiter=limiter,
        worker=worker,
    )


async def drain(loop: DeliveryLoop, passes: int = 20) -> int:
    """Run passes until nothing is claimed; returns how many occurrences were claimed."""
    total = 0
    for _ in range(passes):
        claimed = await loop.run_once()
        total += claimed
        if not claimed:
            break
    return total


# -- end-to-end helpers ----------------------------------------------------------------------
def e2e_settings(**overrides: Any) -> ReminderSettings:
    """Nudges after a minute and three, a fast loop; everything else as in production."""
    values: dict[str, Any] = {
        "nudge_first_after_seconds": 60,
        "nudge_last_after_seconds": 180,
        "poll_interval_seconds": 0.05,
        "retry_backoff_seconds": 0.05,
        "retry_backoff_max_seconds": 0.2,
        "per_chat_interval_seconds": 0.2,
    }
    values.update(overrides)
    return ReminderSettings(**values)


async def seed_due(
    session_factory: async_sessionmaker[AsyncSession],
    user_id: int,
    due_at: datetime,
    *,
    kind: str = "checkin",
    key: str | None = None,
    **reminder: Any,
) -> int:
    """A reminder of ``kind`` for an existing user with one pending occurrence; its id."""
    async with session_factory() as session:
        row = await add_reminder(session, user_id, kind, **reminder)
        occurrence = await add_occurrence(session, row, key or f"t{row.id}", due_at)
        await session.commit()
        return occurrence.id


async def tap(api: FakeBotAPI, founder: Any, text: str) -> Any:
    """Press a button whose answer edits the message in place; returns that message now."""
    message = founder.message_with_button(text)
    update = api.press_button(founder.user, message, text)
    answer = await api.wait_callback_answer(update, timeout=10)  # the handler has finished
    await api.wait_idle()
    api.mark_seen(founder.id)
    return api.message(founder.id, message.message_id), answer
