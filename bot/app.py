"""Composition root: builds the Bot, Dispatcher, storage and database from Settings.

`__main__`, the terminal chat, the benchmarks and the tests all build the bot here, so every one
of them exercises the same routers and middlewares. The embedded default (SQLite, SQL FSM
storage, polling) and scale mode (PostgreSQL, Redis, webhook) differ only in Settings.
"""

import gc
import logging
from dataclasses import dataclass, field

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.types import LinkPreviewOptions
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.dashboard.handlers import publish_menu_buttons
from bot.dashboard.server import serve_beside_polling
from bot.db.base import utcnow
from bot.db.engine import create_engine, create_session_factory
from bot.db.migrate import upgrade
from bot.handlers import build_root_router
from bot.health import check_services
from bot.i18n import I18n
from bot.onboarding.menu import set_commands
from bot.reminders.setup import install_reminders
from bot.telegram.api_start import with_retries
from bot.telegram.bot_api_models import KeepResponseModels
from bot.telegram.errors import install_error_handler
from bot.telegram.fsm_storage import SqlStorage
from bot.telegram.fsm_update_cache import CachingIsolation, CachingStorage
from bot.telegram.isolation import LocalEventIsolation, LocalThenSharedIsolation
from bot.telegram.metrics import ApiCallMetrics, Metrics
from bot.telegram.middlewares import install_middlewares
from bot.telegram.redis_isolation import RenewingRedisEventIsolation
from bot.updates.exactly_once import ExactlyOnceMiddleware
from bot.updates.inbox import Inbox
from bot.updates.polling import InboxPolling
from bot.wiring import build_card_extras, build_deep_links, build_dialogues, build_events

log = logging.getLogger(__name__)

# Token used when no Telegram is involved (terminal chat); never sent anywhere.
OFFLINE_TOKEN = "1:offline-terminal-chat"  # noqa: S105 - not a secret


@dataclass
class App:
    """Everything one bot process needs, built from Settings."""

    settings: Settings
    bot: Bot
    dispatcher: Dispatcher
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    storage: BaseStorage
    i18n: I18n
    metrics: Metrics
    clock: Clock = field(default=utcnow)

    async def startup(self, *, reach_api: bool = False) -> None:
        """Check the services answer (and, with ``reach_api``, that Telegram accepts the token),
        then apply migrations; call before feeding updates.
        """
        await check_services(self.engine, self.storage, strict=True)
        if reach_api:  # before migrating: a wrong token should not leave a new database behind
            api_url = self.settings.bot_api_url
            try:  # getMe: exits on a rejected token, waits out an unreachable server
                me = await with_retries(self.bot.me, api_url=api_url, what="getMe")
                log.info("Bot API at %s answers for @%s", api_url, me.username)
            except BaseException:  # the token was rejected: close what was opened, then exit
                await self.shutdown()
                raise
        await upgrade(self.settings.database_url)

    @staticmethod
    def settle_heap() -> None:
        """Once started, before serving: what start-up built and keeps for the process's life
        (routers, locales, mappers, caches) goes to the collector's permanent generation.

        The collector's full passes otherwise walk all of it while updates wait: a full pass took
        about 240 ms with the loop stopped under load, and the p95 reply time in the dialogue
        benchmark fell from 2.2–2.6 to 1.8 times the bare bot's (bench/RESULTS.md). Only the
        entry points call it: a test process starts many apps, and frozen objects are never
        collected."""
        gc.collect()
        gc.freeze()

    async def shutdown(self) -> None:
        await self.dispatcher.storage.close()
        await self.dispatcher.fsm.events_isolation.close()
        await self.bot.session.close()
        await self.engine.dispose()

    def inbox(self) -> Inbox:
        """Where received updates are stored before they are confirmed (bot.updates)."""
        return Inbox(self.session_factory, self.clock, self.settings.inbox)

    async def run_polling(self) -> None:
        """Long polling through the inbox until SIGINT/SIGTERM (stops taking updates, lets the
        ones in flight finish, then returns)."""
        await self.startup(reach_api=True)
        self.settle_heap()
        dashboard = await serve_beside_polling(self)
        try:
            await with_retries(
                lambda: self.bot.delete_webhook(drop_pending_updates=False),
                api_url=self.settings.bot_api_url,
                what="deleteWebhook",
            )
            await InboxPolling(self.dispatcher, self.bot, self.inbox()).run()
        finally:
            if dashboard is not None:
                await dashboard.cleanup()
            await self.shutdown()


def build_storage(
    settings: Settings, session_factory: async_sessionmaker[AsyncSession]
) -> tuple[BaseStorage, BaseEventIsolation]:
    """Redis when REDIS_URL is set (several replicas), else the SQL table (one process)."""
    key_builder = DefaultKeyBuilder(with_bot_id=True, with_destiny=True)
    if settings.redis_url:
        redis_storage = RedisStorage.from_url(settings.redis_url, key_builder=key_builder)
        # A short lease renewed while an update is handled, not aiogram's fixed 60 s lock: a
        # replica killed mid-update blocked that founder for a minute (tests/fault).
        # Taking it reads the founder's state and data too: one round trip, not two.
        shared = RenewingRedisEventIsolation(
            redis_storage.redis, key_builder=key_builder, storage=redis_storage
        )
        return redis_storage, LocalThenSharedIsolation(shared)
    return SqlStorage(session_factory, key_builder=key_builder), LocalEventIsolation()


def build_app(
    settings: Settings,
    *,
    session: BaseSession | None = None,
    token: str | None = None,
    clock: Clock = utcnow,
) -> App:
    """Build the whole bot. ``session`` replaces the HTTP session (terminal chat, tests)."""
    api = TelegramAPIServer.from_base(settings.bot_api_url.rstrip("/"))  # BOT_API_URL
    bot = Bot(
        token=token or settings.require_token(),
        session=session or AiohttpSession(api=api),
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )
    engine = create_engine(settings.database_url)
    session_factory = create_session_factory(engine)
    storage, isolation = build_storage(settings, session_factory)
    i18n = I18n(default=settings.default_language)
    metrics = Metrics()
    dialogues = build_dialogues()
    dispatcher = Dispatcher(
        # Repeated reads of a user's state within one update come from memory (fsm_update_cache).
        storage=CachingStorage(storage),
        events_isolation=CachingIsolation(isolation),
        disable_fsm=True,  # registered by install_middlewares (bot.telegram.fsm_context)
        settings=settings,
        i18n=i18n,
        clock=clock,
        session_factory=session_factory,
        metrics=metrics,
        dialogues=dialogues,
        events=build_events(i18n),
        card_extras=build_card_extras(),
        deep_links=build_deep_links(),
    )
    install_middlewares(
        dispatcher,
        bot=bot,
        session_factory=session_factory,
        i18n=i18n,
        metrics=metrics,
        exactly_once=ExactlyOnceMiddleware(clock),
    )
    bot.session.middleware(ApiCallMetrics(metrics))
    bot.session.middleware(KeepResponseModels())
    dispatcher.include_router(build_root_router())
    dispatcher.startup.register(set_commands)
    dispatcher.startup.register(publish_menu_buttons)
    install_error_handler(dispatcher)
    install_reminders(
        dispatcher,
        bot=bot,
        session_factory=session_factory,
        settings=settings,
        clock=clock,
        i18n=i18n,
        dialogues=dialogues,
    )
    return App(
        settings=settings,
        bot=bot,
        dispatcher=dispatcher,
        engine=engine,
        session_factory=session_factory,
        storage=storage,
        i18n=i18n,
        metrics=metrics,
        clock=clock,
    )
