"""Telling a consultant that a message they scheduled did not reach the client, and why."""

from html import escape

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import day_and_time, local_moment, zone_of
from bot.db.repositories.users import UserRepo
from bot.i18n import I18n
from bot.reminders.delivery.compose import Message, person_name
from bot.reminders.outbox import reminders
from bot.reminders.outbox.claims import Claimed
from bot.reminders.rules import Kind, parse_slot

EXCERPT = 200  # characters of the message quoted back to the consultant


async def notice(
    session: AsyncSession, item: Claimed, reason: str, *, i18n: I18n, attempts: int = 0
) -> tuple[int, Message] | None:
    """The consultant's chat and the notice; None for other kinds or a consultant gone.

    ``reason`` is a fate code (``off``, ``kind-off``, ``blocked``, ``no-consent``) or ``failed``.
    """
    reminder = await reminders.by_id(session, item.reminder_id)
    if reminder is None or reminder.kind != Kind.CONSULTANT or reminder.created_by is None:
        return None
    consultant = await UserRepo(session).get(reminder.created_by)
    client = await UserRepo(session).get(item.user_id)
    if consultant is None or client is None or consultant.blocked_at is not None:
        return None
    t = i18n.get(consultant.language)
    slot = parse_slot(item.key)
    if slot is not None:  # the local time the consultant chose, in the client's zone
        when = day_and_time(*slot, consultant.language)
    else:
        when = local_moment(item.due_at, zone_of(client.timezone), consultant.language)
    name = person_name(client) or str(client.id)
    if client.username:
        name += f" (@{client.username})"
    body = reminder.payload or ""
    excerpt = body if len(body) <= EXCERPT else body[: EXCERPT - 1].rstrip() + "…"
    why = t(f"cs-undelivered-{reason}", attempts=attempts)
    text = t("cs-undelivered", client=escape(name), when=when, reason=why, text=escape(excerpt))
    return consultant.id, Message(text)
