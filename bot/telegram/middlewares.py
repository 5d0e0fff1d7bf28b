"""Outer middlewares, in order: FSM lock → retries → metrics → unit of work → exactly once →
FSM state → user (+ locale) → turn → transcript.

Each update gets its own unit of work (bot.telegram.unit_of_work): one session on one pooled
connection, committed before each Bot API call and when the update ends, and only there.
"""

from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.types import TelegramObject
from aiogram.types import User as TgUser
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.engine import write_gate
from bot.db.repositories import Repositories
from bot.i18n import I18n
from bot.telegram.callback_answers import CallbackAnswers
from bot.telegram.fsm_context import LockedFsmContext, RawState
from bot.telegram.metrics import Metrics, UpdateMetricsMiddleware
from bot.telegram.request_types import Handler
from bot.telegram.send_retry import RetrySendsMiddleware, TransientRetry
from bot.telegram.transcript_capture import OutgoingRecorder
from bot.telegram.transcript_filing import TranscriptMiddleware
from bot.telegram.turn import TurnMiddleware
from bot.telegram.unit_of_work import CommitBeforeSend, UnitOfWorkMiddleware


class UserMiddleware(BaseMiddleware):
    """Loads or registers the Telegram user and picks their translator."""

    def __init__(self, i18n: I18n) -> None:
        self.i18n = i18n

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        tg_user: TgUser | None = data.get("event_from_user")
        if tg_user is None or tg_user.is_bot:
            return await handler(event, data)
        repo: Repositories = data["repo"]
        now = data["clock"]()
        user, previous_seen, was_blocked = await repo.users.touch(
            user_id=tg_user.id,
            first_name=tg_user.first_name,
            last_name=tg_user.last_name,
            username=tg_user.username,
            language=self.i18n.pick_language(tg_user.language_code),
            now=now,
        )
        t = self.i18n.get(user.language)
        data.update(user=user, previous_seen=previous_seen, was_blocked=was_blocked, t=t)
        return await handler(event, data)


def install_middlewares(
    dispatcher: Dispatcher,
    *,
    bot: Bot,
    session_factory: async_sessionmaker[AsyncSession],
    i18n: I18n,
    metrics: Metrics,
    exactly_once: BaseMiddleware,
) -> None:
    """Attach the middlewares in the documented order (``exactly_once`` from bot.updates)."""
    # aiogram's FSM middleware without its read (Dispatcher(disable_fsm=True)): the per-user lock
    # first, the state read inside the unit of work (RawState below).
    fsm = dispatcher.fsm
    dispatcher.update.outer_middleware(
        LockedFsmContext(fsm.storage, fsm.events_isolation, fsm.strategy)
    )
    # Fault tests: a 5xx burst lost replies; calls made while handling an update are retried.
    dispatcher.update.outer_middleware(RetrySendsMiddleware())
    # Outermost: the update's writes are committed once, before the first attempt of a call.
    bot.session.middleware(CommitBeforeSend())
    bot.session.middleware(TransientRetry())  # so each retry passes the ones below
    dispatcher.update.outer_middleware(UpdateMetricsMiddleware(metrics))
    dispatcher.update.outer_middleware(
        UnitOfWorkMiddleware(session_factory, write_gate(session_factory.kw["bind"]))
    )
    # Inside the unit of work: the update is marked handled in the update's first commit.
    dispatcher.update.outer_middleware(exactly_once)
    dispatcher.update.outer_middleware(RawState())
    dispatcher.update.outer_middleware(UserMiddleware(i18n))
    dispatcher.update.outer_middleware(TurnMiddleware())  # one `turn` for handlers
    dispatcher.update.outer_middleware(TranscriptMiddleware())
    # Every callback query is answered, even when a handler forgets or fails; a late answer
    # Telegram refuses is not an error.
    dispatcher.callback_query.middleware(CallbackAnswers())
    bot.session.middleware(OutgoingRecorder())


__all__ = ["UserMiddleware", "install_middlewares"]
