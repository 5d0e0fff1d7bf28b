"""Outer middleware: after an update of a consenting user, re-time their nudges and un-park them.

It runs innermost of the outer middlewares (registered after the others), inside the update's
database session, so its writes commit with the handler's (see bot.db.unit_of_work).

Nudges are timed from the founder's last activity, and the delivery loop checks that time again
before it sends one (``last_seen_at`` + the delay; a nudge that comes due too early is moved
later, see bot.reminders.delivery.prepare). So the outbox need not be rewritten on every answer:
it is rewritten when the founder enters or leaves a dialogue (or switches to another proposition or
interview), comes back after blocking the bot, or after ``REFRESH`` since the last rewrite. In
between an update costs no statement here. What was last written for whom is remembered in
process memory (``ActivityMemo``) for ``REFRESH`` only, and only with long polling, where this
process sees every update; webhook replicas (each seeing some of a founder's updates) rewrite
after every update.
"""

from datetime import datetime, timedelta
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, Update

from bot.config import ReminderSettings
from bot.db.models import User
from bot.db.unit_of_work import UnitOfWork
from bot.dialogues import Dialogues, DialogueSpot, dialogue_of
from bot.onboarding.consent import has_current_consent
from bot.reminders.materialize import ensure_user
from bot.reminders.outbox.lookups import row_gone
from bot.reminders.outbox.pending import cancel_nudges
from bot.reminders.outbox.reminders import nudge_reminder
from bot.reminders.outbox.rows import insert_ignore, occurrence, unsuspend_user
from bot.reminders.rules import Kind, nudge_key, parse_kinds
from bot.telegram.request_types import Handler

REFRESH = timedelta(minutes=10)


class ActivityMemo:
    """Which dialogue each recently active founder's nudges were last written for, and when."""

    def __init__(self, refresh: timedelta = REFRESH) -> None:
        self.refresh = refresh
        # user id -> (dialogue key or None, written at); oldest first, so pruning stops early.
        self._written: dict[int, tuple[str | None, datetime]] = {}

    def is_current(self, user_id: int, dialogue: str | None, now: datetime) -> bool:
        entry = self._written.get(user_id)
        return entry is not None and entry[0] == dialogue and now - entry[1] < self.refresh

    def remember(self, user_id: int, dialogue: str | None, now: datetime) -> None:
        self._written.pop(user_id, None)
        self._written[user_id] = (dialogue, now)
        for oldest, (_, at) in list(self._written.items()):
            if now - at < self.refresh:
                break
            del self._written[oldest]

    def __len__(self) -> int:
        return len(self._written)


class ActivityMiddleware(BaseMiddleware):
    """Any update is the founder answering: cancel nudges; in a dialogue, schedule new ones."""

    def __init__(
        self, settings: ReminderSettings, dialogues: Dialogues, memo: ActivityMemo | None = None
    ) -> None:
        """Without ``memo`` the outbox is rewritten after every update (several replicas)."""
        self.settings = settings
        self.dialogues = dialogues
        self.memo = memo

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        result = await handler(event, data)
        user: User | None = data.get("user")
        uow: UnitOfWork | None = data.get("uow")
        state: FSMContext | None = data.get("state")
        if not isinstance(event, Update) or user is None or uow is None or state is None:
            return result
        if row_gone(user) or not has_current_consent(user):
            return result  # e.g. the user just deleted their data
        now: datetime = data["clock"]()
        spot: DialogueSpot | None = None
        if not user.reminders_off and Kind.NUDGE not in parse_kinds(user.reminder_kinds_off):
            spot = self.dialogues.spot_of(await state.get_state(), await state.get_data())
        dialogue, memo, user_id = dialogue_of(spot), self.memo, user.id
        if (
            memo is not None
            and not data.get("was_blocked")
            and memo.is_current(user_id, dialogue, now)
        ):
            return result
        session, settings = uow.session, self.settings
        if await unsuspend_user(session, user_id):
            await ensure_user(session, user, now=now, horizon=settings.horizon)
        await cancel_nudges(session, user_id)
        if memo is not None:
            uow.after_commit(lambda: memo.remember(user_id, dialogue, now))
        if spot is not None:  # the first and the last nudge; keys make a replayed update harmless
            reminder_id = await nudge_reminder(session, user_id, spot.payload(), now)
            delays = (settings.nudge_first_after_seconds, settings.nudge_last_after_seconds)
            dues = [now + timedelta(seconds=delay) for delay in delays]
            rows = [
                occurrence(reminder_id, user_id, nudge_key(user_id, event.update_id, stage), due)
                for stage, due in enumerate(dues, start=1)
            ]
            await insert_ignore(session, rows)
        return result
