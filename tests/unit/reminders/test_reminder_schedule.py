"""Local rules → UTC: DST gaps and folds (Berlin, New York), a zone without DST, quiet hours."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.reminders.rules import LocalRule
from bot.reminders.schedule import (
    in_quiet,
    local_slots,
    quiet_until,
    resolve_local,
    same_time_next_day,
    week_target,
    weeks_left,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MOSCOW = ZoneInfo("Europe/Moscow")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        # Spring forward: 02:00 → 03:00 local, 02:30 does not exist; 03:00 local is next.
        (BERLIN, date(2026, 3, 29), utc(2026, 3, 29, 1, 0)),
        (NEW_YORK, date(2026, 3, 8), utc(2026, 3, 8, 7, 0)),
    ],
)
def test_time_in_a_dst_gap_moves_to_the_next_valid_moment(
    zone: ZoneInfo, day: date, expected: datetime
) -> None:
    moment = resolve_local(day, time(2, 30), zone)
    assert moment == expected
    assert moment.astimezone(zone).time() == time(3, 0)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # Fall back: 02:30 (Berlin) and 01:30 (New York) happen twice; the first one counts.
        (BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
    ],
)
def test_time_in_a_fold_is_taken_the_first_time(
    zone: ZoneInfo, day: date, at: time, expected: datetime
) -> None:
    assert resolve_local(day, at, zone) == expected


def test_daily_rule_fires_once_on_the_fold_day_and_at_3am_on_the_gap_day() -> None:
    rule = LocalRule(at=time(2, 30), days=tuple(range(7)))
    fold = local_slots(rule, BERLIN, utc(2026, 10, 24, 12), utc(2026, 10, 26, 12))
    assert [local.date() for local, _ in fold] == [date(2026, 10, 25), date(2026, 10, 26)]
    gap = local_slots(rule, BERLIN, utc(2026, 3, 28, 12), utc(2026, 3, 30, 12))
    assert [due.astimezone(BERLIN).strftime("%d %H:%M") for _, due in gap] == [
        "29 03:00",
        "30 02:30",
    ]


def test_weekly_rule_in_moscow_has_a_fixed_offset_all_year() -> None:
    rule = LocalRule(at=time(9, 0), days=(0, 2))  # Monday and Wednesday
    slots = local_slots(rule, MOSCOW, utc(2026, 3, 1), utc(2026, 11, 30))
    assert slots
    assert {due.time() for _, due in slots} == {time(6, 0)}
    assert {local.weekday() for local, _ in slots} == {0, 2}


def test_slots_respect_the_window_and_the_until_date() -> None:
    rule = LocalRule(at=time(18, 0), days=tuple(range(7)), until=date(2026, 12, 2))
    slots = local_slots(rule, MOSCOW, utc(2026, 11, 30, 15), utc(2026, 12, 10))
    # 30.11 18:00 MSK is 15:00 UTC: not after `after`; 1.12 and 2.12 are; 3.12 is past until.
    assert [local.day for local, _ in slots] == [1, 2]


def test_one_off_rule_fires_on_its_date_only() -> None:
    rule = LocalRule(at=time(10, 0), on=date(2026, 12, 1))
    slots = local_slots(rule, NEW_YORK, utc(2026, 11, 1), utc(2026, 12, 31))
    assert [due for _, due in slots] == [utc(2026, 12, 1, 15)]


@pytest.mark.parametrize(
    ("minute", "start", "end", "inside"),
    [
        (22 * 60, 22 * 60, 9 * 60, True),
        (3 * 60, 22 * 60, 9 * 60, True),
        (9 * 60, 22 * 60, 9 * 60, False),
        (12 * 60, 22 * 60, 9 * 60, False),
        (13 * 60, 13 * 60, 14 * 60, True),
        (14 * 60, 13 * 60, 14 * 60, False),
        (3 * 60, 0, 0, False),  # start == end: no quiet hours
    ],
)
def test_quiet_hours_window_may_wrap_midnight(
    minute: int, start: int, end: int, inside: bool
) -> None:
    assert in_quiet(minute, start, end) is inside


def test_inside_quiet_hours_waits_for_the_local_end_of_the_window() -> None:
    # 23:30 Moscow time: quiet until 09:00 the next morning (06:00 UTC).
    assert quiet_until(utc(2026, 11, 26, 20, 30), MOSCOW, 22 * 60, 9 * 60) == utc(2026, 11, 27, 6)
    # 07:00 Moscow: the same morning.
    assert quiet_until(utc(2026, 11, 26, 4), MOSCOW, 22 * 60, 9 * 60) == utc(2026, 11, 26, 6)
    assert quiet_until(utc(2026, 11, 26, 12), MOSCOW, 22 * 60, 9 * 60) is None


def test_quiet_hours_end_follows_dst() -> None:
    # The night the clocks go forward in Berlin, 09:00 local is 07:00 UTC, not 08:00.
    assert quiet_until(utc(2026, 3, 28, 23), BERLIN, 22 * 60, 9 * 60) == utc(2026, 3, 29, 7)


def test_tomorrow_keeps_the_wall_clock_time_across_dst() -> None:
    moment = utc(2026, 3, 28, 17)  # 18:00 in Berlin (CET)
    assert same_time_next_day(moment, BERLIN) == utc(2026, 3, 29, 16)  # 18:00 CEST


def test_week_target_spreads_the_remaining_goal_over_the_remaining_weeks() -> None:
    today = date(2026, 11, 26)  # Thursday
    assert weeks_left(today, today + timedelta(days=14)) == 3
    assert week_target(5, 0, today, today + timedelta(days=14)) == 2  # ceil(5 / 3)
    assert week_target(5, 4, today, today + timedelta(days=14)) == 1
    assert week_target(5, 5, today, today + timedelta(days=14)) == 0
    assert week_target(5, 1, today, today - timedelta(days=30)) == 4  # deadline passed
