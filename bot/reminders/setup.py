"""Wiring of reminders into an app: the delivery loop's start/stop hooks and the middleware."""

from aiogram import Bot, Dispatcher
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import TelegramRetryAfter
from aiogram.fsm.storage.base import BaseStorage, StorageKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.dialogues import Dialogues, DialogueSpot
from bot.i18n import I18n
from bot.reminders.delivery.loop import DeliveryLoop
from bot.reminders.delivery.prepare import Locate
from bot.reminders.delivery.ratelimit import RateLimiter
from bot.reminders.nudges.middleware import ActivityMemo, ActivityMiddleware
from bot.telegram.metrics import Metrics
from bot.telegram.request_types import Method, Next, Reply, T

LOOP_KEY = "reminder_loop"


class RetryAfterObserver(BaseRequestMiddleware):
    """A 429 on any call (a handler's reply too) pauses the reminder sends as well."""

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    async def __call__(self, make_request: Next[T], bot: Bot, method: Method[T]) -> Reply[T]:
        try:
            return await make_request(bot, method)
        except TelegramRetryAfter as error:
            self.limiter.pause(error.retry_after)
            raise


def fsm_locator(storage: BaseStorage, bot: Bot, dialogues: Dialogues) -> Locate:
    """Where a founder is now, read from their FSM state (their private chat with the bot)."""

    async def locate(user_id: int) -> DialogueSpot | None:
        key = StorageKey(bot_id=bot.id, chat_id=user_id, user_id=user_id)
        return dialogues.spot_of(await storage.get_state(key), await storage.get_data(key))

    return locate


def install_reminders(
    dispatcher: Dispatcher,
    *,
    bot: Bot,
    session_factory: async_sessionmaker[AsyncSession],
    settings: Settings,
    clock: Clock,
    i18n: I18n,
    dialogues: Dialogues,
) -> None:
    """Nudge bookkeeping on every update; the delivery loop runs while the dispatcher does.

    With ``settings.reminders.enabled`` off nothing is delivered (settings and nudges are still
    kept, so turning delivery on later sends what is due). The loop is reachable as
    ``dispatcher["reminder_loop"]``.
    """
    config = settings.reminders
    # The memo of what was written for whom is only sound when this process sees every update
    # of a founder: long polling. Webhook replicas rewrite the nudges on every update.
    memo = ActivityMemo() if not settings.webhook_url else None
    dispatcher.update.outer_middleware(ActivityMiddleware(config, dialogues, memo))
    if not config.enabled:
        return
    metrics = dispatcher.workflow_data.get("metrics")
    loop = DeliveryLoop(
        bot=bot,
        session_factory=session_factory,
        i18n=i18n,
        settings=config,
        clock=clock,
        metrics=metrics if isinstance(metrics, Metrics) else None,
        locate=fsm_locator(dispatcher.storage, bot, dialogues),
    )
    bot.session.middleware(RetryAfterObserver(loop.limiter))
    dispatcher[LOOP_KEY] = loop
    dispatcher.startup.register(loop.start)
    dispatcher.shutdown.register(loop.stop)
