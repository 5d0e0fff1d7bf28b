"""What the dashboard's handlers need from the bot, kept on the aiohttp application."""

from dataclasses import dataclass

from aiogram import Bot
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import I18n


@dataclass(frozen=True)
class Deps:
    """Shared, stateless services: every replica builds the same from its Settings."""

    settings: Settings
    bot: Bot
    session_factory: async_sessionmaker[AsyncSession]
    i18n: I18n
    clock: Clock

    @property
    def token(self) -> str:
        return self.settings.require_token()


DEPS = web.AppKey("dashboard_deps", Deps)


def deps_of(request: web.Request) -> Deps:
    return request.config_dict[DEPS]
