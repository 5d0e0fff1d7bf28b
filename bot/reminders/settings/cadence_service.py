"""Interview cadence and weekly check-in: setting them up, and the cadence's weekly progress."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import zone_of
from bot.db.models import User, ValueProposition
from bot.reminders.materialize import ensure_upcoming
from bot.reminders.outbox import lookups, pending, reminders
from bot.reminders.outbox.reminders import ReminderRow, Schedulable
from bot.reminders.rules import Kind, LocalRule, dump_rule, parse_rule
from bot.reminders.schedule import resolve_local, week_start, week_target


@dataclass(frozen=True)
class Progress:
    """Interviews done of a cadence's proposition, and whether this week's share is in."""

    done: int
    goal: int
    this_week: int
    week_target: int

    @property
    def week_met(self) -> bool:
        return self.done >= self.goal or self.this_week >= self.week_target


async def _replace(
    session: AsyncSession,
    user: User,
    kind: Kind,
    rule: LocalRule,
    *,
    now: datetime,
    horizon: timedelta,
) -> ReminderRow:
    """Deactivate the user's current reminder of ``kind`` and start one with ``rule``."""
    previous = await reminders.active(session, user.id, kind)
    if previous is not None:
        await stop(session, previous)
    reminder = await reminders.add(
        session, user_id=user.id, kind=kind, rule=dump_rule(rule), created_by=user.id, now=now
    )
    await ensure_upcoming(session, reminder, user.timezone, now=now, horizon=horizon)
    return reminder


async def stop(session: AsyncSession, reminder: ReminderRow) -> None:
    await reminders.deactivate(session, reminder.id)
    await pending.cancel_of_reminder(session, reminder.id, "turned off")


async def set_cadence(
    session: AsyncSession,
    user: User,
    vp: ValueProposition,
    *,
    goal: int,
    until: date,
    days: tuple[int, ...],
    at: time,
    now: datetime,
    horizon: timedelta,
) -> ReminderRow:
    """One cadence per founder: "``goal`` interviews by ``until``", on ``days`` at ``at``."""
    vp.interview_goal = goal  # the hub shows the same goal
    rule = LocalRule(at=at, days=days, until=until, vp=vp.id, goal=goal)
    return await _replace(session, user, Kind.CADENCE, rule, now=now, horizon=horizon)


async def set_checkin(
    session: AsyncSession, user: User, *, day: int, at: time, now: datetime, horizon: timedelta
) -> ReminderRow:
    rule = LocalRule(at=at, days=(day,))
    return await _replace(session, user, Kind.CHECKIN, rule, now=now, horizon=horizon)


async def progress(
    session: AsyncSession, rule: LocalRule, zone_name: str, *, now: datetime
) -> Progress:
    """Done interviews of the rule's proposition, and those logged this local ISO week."""
    assert rule.vp is not None
    zone = zone_of(zone_name)
    today = now.astimezone(zone).date()
    monday = resolve_local(week_start(today), time(0, 0), zone)
    done = await lookups.interviews_done(session, rule.vp)
    this_week = await lookups.interviews_done(session, rule.vp, since=monday)
    goal = rule.goal or 0
    target = week_target(goal, done - this_week, today, rule.until or today)
    return Progress(done=done, goal=goal, this_week=this_week, week_target=target)


def cadence_rule(reminder: Schedulable) -> LocalRule | None:
    rule = parse_rule(reminder.rule)
    return rule if rule is not None and rule.vp is not None else None
