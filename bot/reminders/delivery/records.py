"""Recording what became of a claimed occurrence: sent, parked, failed, deferred or dropped."""

import logging
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.repositories.transcript import Exchange, TranscriptRepo
from bot.db.repositories.users import UserRepo
from bot.reminders.delivery.prepare import Defer, Drop, Send
from bot.reminders.delivery.sender import Outcome
from bot.reminders.materialize import ensure_upcoming
from bot.reminders.outbox import lookups, reminders
from bot.reminders.outbox import rows as outbox_rows
from bot.reminders.outbox.claims import Claimed
from bot.reminders.rules import Status

log = logging.getLogger(__name__)


async def record_outcome(
    session: AsyncSession,
    item: Claimed,
    decision: Send,
    outcome: Outcome,
    *,
    now: datetime,
    horizon: timedelta,
) -> None:
    """After the send: the message id, or why not; then the reminder's next occurrences."""
    if outcome.result == "sent":
        await outbox_rows.mark_sent(
            session, item.id, message_id=outcome.message_id, now=now, attempts=outcome.attempts
        )
        message = decision.message.text
        await transcribe(
            session, decision.chat_id, message, outcome.message_id, now, decision.kind
        )
    elif outcome.result == "blocked":
        # 403: mark the user and park their reminders until they write to the bot again.
        await lookups.mark_blocked(session, item.user_id, now)
        await outbox_rows.mark(session, item.id, Status.SUSPENDED, error=outcome.error, attempts=1)
        await outbox_rows.suspend_user(session, item.user_id)
        return
    elif outcome.result == "requeue":
        await outbox_rows.defer(session, item.id, now, attempts=outcome.attempts)
    else:
        await outbox_rows.mark(
            session, item.id, Status.FAILED, error=outcome.error, attempts=outcome.attempts
        )
        log.error("reminder occurrence %s failed: %s", item.id, outcome.error)
    await follow_up(session, item, now=now, horizon=horizon)


async def settle(
    session: AsyncSession,
    item: Claimed,
    decision: Defer | Drop,
    *,
    now: datetime,
    horizon: timedelta,
) -> None:
    """No send: wait until later (quiet hours, a pause) or drop it, saying why."""
    if isinstance(decision, Defer):
        await outbox_rows.defer(session, item.id, decision.until)
        return
    await outbox_rows.mark(session, item.id, decision.status, error=decision.reason)
    if decision.status != Status.SUSPENDED:
        await follow_up(session, item, now=now, horizon=horizon)


async def transcribe(
    session: AsyncSession,
    chat_id: int,
    text: str,
    message_id: int | None,
    now: datetime,
    step: str,
) -> None:
    """Reminders and notices are part of the conversation: they go into the transcript too."""
    exchange = Exchange(
        now, "out", "text", text, "reminders", step, telegram_message_id=message_id
    )
    await TranscriptRepo(session).add(chat_id, exchange)


async def follow_up(
    session: AsyncSession, item: Claimed, *, now: datetime, horizon: timedelta
) -> None:
    """Keep a recurring reminder's horizon filled after one of its occurrences is done."""
    reminder = await reminders.by_id(session, item.reminder_id)
    user = await UserRepo(session).get(item.user_id)
    if reminder is not None and user is not None and reminder.active:
        await ensure_upcoming(session, reminder, user.timezone, now=now, horizon=horizon)
