"""Messages a consultant schedules for clients, at a local time in each client's own zone."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import zone_of
from bot.db.models import User
from bot.onboarding.consent import has_current_consent
from bot.reminders.delivery.fate import Fate, Switches, expected_delivery, refusal
from bot.reminders.outbox import lookups, reminders
from bot.reminders.outbox.rows import insert_ignore, occurrence
from bot.reminders.rules import Kind, LocalRule, dump_rule, slot_key
from bot.reminders.schedule import resolve_local

# Leaves room for the header within Telegram's 4096 characters: the message is never split.
MAX_TEXT_LENGTH = 3500


@dataclass(frozen=True)
class ClientFate:
    """What will become of the message for one client: when it goes out (UTC), or why not."""

    user: User
    fate: Fate
    at: datetime | None = None


@dataclass(frozen=True)
class ScheduledMessage:
    """What ``schedule_consultant_message`` did, per client."""

    scheduled: dict[int, datetime] = field(default_factory=dict)  # user id → due (UTC)
    late: list[int] = field(default_factory=list)  # that local time has passed: goes out now
    skipped: list[int] = field(default_factory=list)  # not sent: not a client, or refused
    fates: list[ClientFate] = field(default_factory=list)  # the consultant's clients, in order


def switches_of(user: User) -> Switches:
    return Switches(
        consent=has_current_consent(user),
        blocked=user.blocked_at is not None,
        reminders_off=user.reminders_off,
        kinds_off=user.reminder_kinds_off,
        paused_until=user.reminders_paused_until,
        quiet_start=user.quiet_start,
        quiet_end=user.quiet_end,
    )


async def schedule_consultant_message(
    session: AsyncSession,
    *,
    consultant_id: int,
    user_ids: Iterable[int],
    text: str,
    local_date: date,
    local_time: time,
    now: datetime,
) -> ScheduledMessage:
    """Schedule ``text`` for each client at ``local_date`` ``local_time`` in the client's zone.

    Only the consultant's own clients (``users.consultant_id``) are considered; a client the
    message cannot reach (no consent, the bot blocked, reminders off by /stop or consultant
    messages turned off) is not scheduled and is listed in ``skipped``. Where that local time
    has passed the message goes out as soon as possible (``late``). ``fates`` says per client
    when it will really go out (a pause or quiet hours hold it) or why it will not. The same
    switches are applied again at delivery. The caller commits. Raises ValueError for an empty
    or too long text.
    """
    body = text.strip()
    if not body or len(body) > MAX_TEXT_LENGTH:
        raise ValueError(f"message text must be 1..{MAX_TEXT_LENGTH} characters")
    wanted = sorted(set(user_ids))
    clients = await lookups.clients_among(session, consultant_id, wanted)
    result = ScheduledMessage()
    rule = dump_rule(LocalRule(at=local_time, on=local_date))
    rows = []
    for user_id in wanted:
        client = clients.get(user_id)
        refused = refusal(switches_of(client)) if client is not None else None
        if client is None or refused is not None:
            result.skipped.append(user_id)
            if client is not None and refused is not None:
                result.fates.append(ClientFate(client, refused))
            continue
        reminder = await reminders.add(
            session,
            user_id=user_id,
            kind=Kind.CONSULTANT,
            rule=rule,
            created_by=consultant_id,
            now=now,
            payload=body,
        )
        due = resolve_local(local_date, local_time, zone_of(client.timezone))
        if due <= now:
            due = now
            result.late.append(user_id)
        key = slot_key(reminder.id, datetime.combine(local_date, local_time))
        rows.append(occurrence(reminder.id, user_id, key, due))
        result.scheduled[user_id] = due
        fate, at = expected_delivery(switches_of(client), due, zone_of(client.timezone), now=now)
        result.fates.append(ClientFate(client, fate, at))
    await insert_ignore(session, rows)
    return result
