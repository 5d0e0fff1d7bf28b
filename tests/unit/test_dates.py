"""Dates as people read them, in Russian and English."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.dates import day_and_time, day_month, local_moment


def test_russian_months_are_in_the_genitive() -> None:
    assert day_month(date(2026, 12, 6), "ru") == "6 декабря"
    assert day_month(date(2026, 3, 1), "ru") == "1 марта"
    assert day_month(date(2026, 12, 6), "en") == "6 December"


def test_the_year_is_shown_only_when_it_is_not_this_one() -> None:
    today = date(2026, 12, 6)
    assert day_month(date(2027, 1, 10), "ru", today=today) == "10 января 2027"
    assert day_month(date(2026, 12, 31), "en", today=today) == "31 December"


def test_an_instant_is_shown_in_the_readers_zone() -> None:
    moment = datetime(2026, 12, 6, 21, 30, tzinfo=UTC)
    assert local_moment(moment, ZoneInfo("Asia/Almaty"), "ru") == "7 декабря, 02:30"
    assert day_and_time(date(2026, 12, 6), time(9), "en") == "6 December, 09:00"
