"""Local rules → UTC occurrences with zoneinfo: DST gaps and folds, quiet hours. Pure, no I/O.

A wall-clock time inside a daylight-saving gap (it never happens that day) moves to the first
valid moment after the gap; a time inside a fold (it happens twice) is taken the first time, and
keys name the local slot, so it fires once.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.reminders.rules import LocalRule

DAY = timedelta(days=1)


def _offset(moment: datetime, zone: ZoneInfo) -> timedelta:
    offset = moment.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def resolve_local(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of ``day`` ``at`` in ``zone``: gap → end of the gap, fold → first time."""
    naive = datetime.combine(day, at.replace(tzinfo=None))
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first
    # In a gap, fold=0 applies the offset from before the transition and fold=1 the one after:
    # the transition instant lies between the two readings. Find it to the second.
    low = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first
    if low > high:
        low, high = high, low
    after = _offset(high, zone)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _offset(middle, zone) == after:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def local_slots(
    rule: LocalRule, zone: ZoneInfo, after: datetime, until: datetime
) -> list[tuple[datetime, datetime]]:
    """(local wall-clock slot, UTC instant) of each firing with after < instant ≤ until."""
    first_day = after.astimezone(zone).date() - DAY
    last_day = until.astimezone(zone).date() + DAY
    if rule.until is not None:
        last_day = min(last_day, rule.until)
    slots: list[tuple[datetime, datetime]] = []
    for offset in range((last_day - first_day).days + 1):
        day = first_day + offset * DAY
        wanted = day == rule.on if rule.on is not None else day.weekday() in rule.days
        if not wanted:
            continue
        instant = resolve_local(day, rule.at, zone)
        if after < instant <= until:
            slots.append((datetime.combine(day, rule.at.replace(tzinfo=None)), instant))
    return slots


def minutes_of(at: time) -> int:
    return at.hour * 60 + at.minute


def time_of(minutes: int) -> time:
    return time(minutes // 60 % 24, minutes % 60)


def in_quiet(minute: int, start: int, end: int) -> bool:
    """Is a local minute of the day inside quiet hours [start, end) (which may wrap midnight)?"""
    if start == end:
        return False
    if start < end:
        return start <= minute < end
    return minute >= start or minute < end


def quiet_until(now: datetime, zone: ZoneInfo, start: int, end: int) -> datetime | None:
    """The end of the quiet window ``now`` is in (UTC), or None outside quiet hours."""
    local = now.astimezone(zone)
    minute = minutes_of(local.time())
    if not in_quiet(minute, start, end):
        return None
    end_day = local.date() if minute < end else local.date() + DAY
    until = resolve_local(end_day, time_of(end), zone)
    return until if until > now else None


def same_time_next_day(moment: datetime, zone: ZoneInfo) -> datetime:
    """The same wall-clock time on the next local day (DST-aware), in UTC."""
    local = moment.astimezone(zone)
    return resolve_local(local.date() + DAY, local.time().replace(tzinfo=None), zone)


def week_start(day: date) -> date:
    """Monday of the ISO week of ``day``."""
    return day - timedelta(days=day.weekday())


def weeks_left(today: date, deadline: date) -> int:
    """ISO weeks from this one to the deadline's, both included (at least 1)."""
    return max(1, (week_start(deadline) - week_start(today)).days // 7 + 1)


def week_target(goal: int, done_before_week: int, today: date, deadline: date) -> int:
    """Interviews this week needs: ceil(remaining goal / remaining weeks), never negative."""
    remaining = goal - done_before_week
    if remaining <= 0:
        return 0
    return -(-remaining // weeks_left(today, deadline))  # ceiling division
