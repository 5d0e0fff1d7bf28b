"""Dates and times typed the way people write them, in Russian and English."""

from datetime import date, time

import pytest

from bot.typed_dates import parse_day, parse_moment

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3 декабря", (date(2027, 12, 3), None)),  # passed this year: next year's
        ("6 декабря", (SUNDAY, None)),  # today, not a year ahead
        ("7 декабря", (date(2026, 12, 7), None)),
        ("10 января 2027", (date(2027, 1, 10), None)),
        ("завтра", (date(2026, 12, 7), None)),
        ("завтра в 10", (date(2026, 12, 7), time(10))),
        ("Завтра в 9:30", (date(2026, 12, 7), time(9, 30))),
        ("послезавтра в 18.45", (date(2026, 12, 8), time(18, 45))),
        ("в пятницу", (date(2026, 12, 11), None)),
        ("в пятницу в 18:00", (date(2026, 12, 11), time(18))),
        ("3 декабря в 18:30", (date(2027, 12, 3), time(18, 30))),
        ("tomorrow at 10", (date(2026, 12, 7), time(10))),
        ("6 December", (SUNDAY, None)),
        ("next friday", (date(2026, 12, 11), None)),
        ("28.11", (date(2027, 11, 28), None)),
        ("06.12", (SUNDAY, None)),  # a date, not 06:12
        ("27.11.2026", None),  # the past
        ("декабрь", None),  # a month, not a day
        ("после обеда", None),
        ("", None),
        ("31 февраля", None),
    ],
)
def test_typed_day_and_time(typed: str, expected: tuple[date, time | None] | None) -> None:
    assert parse_moment(typed, SUNDAY) == expected


def test_a_day_too_far_ahead_is_refused() -> None:
    assert parse_day("10 января 2028", SUNDAY) is None
    assert parse_day("10 января 2028", SUNDAY, max_ahead_days=800) == date(2028, 1, 10)
