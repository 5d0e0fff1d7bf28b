"""Local rules → occurrence rows, topped up over a horizon and recomputed when the zone moves."""

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import zone_of
from bot.db.models import User
from bot.reminders.outbox import pending, reminders
from bot.reminders.outbox.reminders import Schedulable
from bot.reminders.outbox.rows import insert_ignore, occurrence
from bot.reminders.rules import Kind, parse_rule, parse_slot, slot_key
from bot.reminders.schedule import local_slots, resolve_local

RULE_KINDS = (Kind.CADENCE, Kind.CHECKIN, Kind.CONSULTANT)


async def ensure_upcoming(
    session: AsyncSession,
    reminder: Schedulable,
    zone_name: str,
    *,
    now: datetime,
    horizon: timedelta,
) -> None:
    """Create the occurrences of ``reminder`` due in (now, now + horizon]; existing keys stay.

    A one-off rule (a consultant's message) is materialized whatever its date: ``horizon`` only
    bounds how far ahead recurring rules are unrolled.
    """
    rule = parse_rule(reminder.rule)
    if rule is None or not reminder.active:
        return
    zone = zone_of(zone_name)
    if not rule.recurring:
        assert rule.on is not None
        slots = [(datetime.combine(rule.on, rule.at), resolve_local(rule.on, rule.at, zone))]
    else:
        slots = local_slots(rule, zone, now, now + horizon)
    rows = [
        occurrence(reminder.id, reminder.user_id, slot_key(reminder.id, local), due)
        for local, due in slots
    ]
    await insert_ignore(session, rows)


async def ensure_user(
    session: AsyncSession, user: User, *, now: datetime, horizon: timedelta
) -> None:
    """Top up every active recurring reminder of one user."""
    for reminder in await reminders.recurring(session, user.id):
        await ensure_upcoming(session, reminder, user.timezone, now=now, horizon=horizon)


async def refresh_all(session: AsyncSession, *, now: datetime, horizon: timedelta) -> None:
    """Roll every active recurring reminder's horizon forward (the loop's maintenance)."""
    for reminder, zone_name in await reminders.every_recurring(session):
        await ensure_upcoming(session, reminder, zone_name, now=now, horizon=horizon)


async def recompute_zone(
    session: AsyncSession, user: User, old_zone: str, *, now: datetime, horizon: timedelta
) -> None:
    """After a zone change: pending slots move to the same wall-clock time in the new zone.

    Rows moved by hand (snoozed, deferred past quiet hours) keep their time. A recurring slot
    that the move puts in the past is cancelled; a one-off goes out as soon as it can.
    """
    old, new = zone_of(old_zone), zone_of(user.timezone)
    kinds = await reminders.kinds_of(session, user.id)
    for row in await pending.of_user(session, user.id):
        slot = parse_slot(row.key)
        if slot is None or kinds.get(row.reminder_id) not in RULE_KINDS:
            continue
        if row.due_at != resolve_local(*slot, old):
            continue
        moved = resolve_local(*slot, new)
        if moved > now:
            await pending.move(session, row.id, moved)
        elif kinds[row.reminder_id] == Kind.CONSULTANT:
            await pending.move(session, row.id, now)
        else:
            await pending.cancel(session, row.id, "time zone changed")
    await ensure_user(session, user, now=now, horizon=horizon)
