"""Wiring of reminders into an app: the delivery loop's start/stop hooks and middlewares."""

from aiogram import Bot, Dispatcher
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import I18n


def install_reminders(
    dispatcher: Dispatcher,
    *,
    bot: Bot,
    session_factory: async_sessionmaker[AsyncSession],
    settings: Settings,
    clock: Clock,
    i18n: I18n,
) -> None:
    """Register the delivery loop on dispatcher start-up/shutdown (filled in by reminders)."""
