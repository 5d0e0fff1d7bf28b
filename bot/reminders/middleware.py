"""Outer middleware: after each update of a consenting user, reset their nudges and un-park them.

It runs innermost of the outer middlewares (registered after the others), inside the update's
database session, so its writes commit with the handler's (see DatabaseMiddleware).
"""

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, Update
from sqlalchemy import inspect

from bot.config import ReminderSettings
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.onboarding.consent import has_current_consent
from bot.reminders.materialize import ensure_user
from bot.reminders.nudges import cancel_nudges, schedule_nudges, spot_of
from bot.reminders.outbox_rows import unsuspend_user
from bot.reminders.rules import Kind, parse_kinds

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class ActivityMiddleware(BaseMiddleware):
    """Any update is the founder answering: cancel nudges; in a dialogue, schedule new ones."""

    def __init__(self, settings: ReminderSettings) -> None:
        self.settings = settings

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        result = await handler(event, data)
        user: User | None = data.get("user")
        repo: Repositories | None = data.get("repo")
        state: FSMContext | None = data.get("state")
        if not isinstance(event, Update) or user is None or repo is None or state is None:
            return result
        status = inspect(user)
        if status.deleted or status.detached or not has_current_consent(user):
            return result  # e.g. the user just deleted their data
        clock: Callable[[], datetime] = data["clock"]
        await self.after_update(repo, user, state, update_id=event.update_id, now=clock())
        return result

    async def after_update(
        self, repo: Repositories, user: User, state: FSMContext, *, update_id: int, now: datetime
    ) -> None:
        session = repo.session
        horizon = timedelta(days=self.settings.horizon_days)
        if await unsuspend_user(session, user.id):
            await ensure_user(session, user, now=now, horizon=horizon)
        await cancel_nudges(session, user.id)
        if user.reminders_off or Kind.NUDGE in parse_kinds(user.reminder_kinds_off):
            return
        spot = spot_of(await state.get_state(), await state.get_data())
        if spot is None:
            return
        await schedule_nudges(
            session,
            user_id=user.id,
            spot=spot,
            update_id=update_id,
            now=now,
            delays=(
                timedelta(seconds=self.settings.nudge_first_after_seconds),
                timedelta(seconds=self.settings.nudge_last_after_seconds),
            ),
        )
