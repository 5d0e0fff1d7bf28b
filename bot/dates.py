"""Dates and times as people read them: in the reader's zone, months in words (Babel). Pure.

Babel carries CLDR's month names with the right grammatical case, so Russian reads
«6 декабря» (genitive), not «6 декабрь»; English reads "6 December".
"""

from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date


def zone_of(name: str | None) -> ZoneInfo:
    """The user's zone; an unknown or empty name falls back to Moscow (the product default)."""
    try:
        return ZoneInfo(name or "Europe/Moscow")
    except (ValueError, KeyError):
        return ZoneInfo("Europe/Moscow")


@lru_cache(maxsize=4)
def _locale(language: str) -> Locale:
    return Locale.parse("ru" if language == "ru" else "en")


def day_month(day: date, language: str, *, today: date | None = None) -> str:
    """ "6 декабря" / "6 December"; the year is added when it differs from ``today``'s."""
    pattern = "d MMMM" if today is None or day.year == today.year else "d MMMM y"
    return format_date(day, pattern, locale=_locale(language))


def day_and_time(day: date, at: time, language: str, *, today: date | None = None) -> str:
    """ "6 декабря, 09:00" / "6 December, 09:00"."""
    return f"{day_month(day, language, today=today)}, {at:%H:%M}"


def local_moment(
    moment: datetime, zone: ZoneInfo, language: str, *, today: date | None = None
) -> str:
    """An instant shown in ``zone`` (the reader's): "6 декабря, 09:00"."""
    local = moment.astimezone(zone)
    return day_and_time(local.date(), local.time(), language, today=today)
