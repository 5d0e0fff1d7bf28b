"""Dates and times as people type them: «28.11», «3 декабря», «завтра в 10», "next friday". Pure.

Words are read by dateparser (Russian and English); two gaps in it are bridged here: a bare
hour after «в»/"at" ("завтра в 10") is read as a day of the month, so it becomes "в 10:00"
first; and a date without a year that is today would be pushed a year ahead by "prefer the
future", so it is brought back. dd.mm stays with a pattern: dateparser reads «06.12» as 06:12.
dateparser is imported on first use: it costs about 0.3 s and 20 MB.
"""

import re
from datetime import date, datetime, time, timedelta
from typing import Any

_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_BARE_HOUR = re.compile(r"\b(в|at)\s+(\d{1,2})(?:[.:](\d{2}))?(?![\d:.])", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_YEAR = re.compile(r"\b\d{4}\b")
LANGUAGES = ["ru", "en"]
MAX_AHEAD_DAYS = 366
WEEK = timedelta(days=7)


def parse_time(text: str) -> time | None:
    """ "10:30", "7.45"."""
    match = _TIME.match(text.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def _numeric(text: str, today: date) -> date | None:
    """ "24.12" (this year, or next once it has passed), "24.12.2026", "24-12-26"."""
    match = _NUMERIC.match(text)
    if match is None:
        return None
    day, month, year = int(match[1]), int(match[2]), match[3]
    try:
        if year is None:
            found = date(today.year, month, day)
            return found if found >= today else date(today.year + 1, month, day)
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        return None


def _year_later(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


def _words(text: str, today: date) -> datetime | None:
    import dateparser  # noqa: PLC0415 - heavy, and only typed dates need it

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime.combine(today, time()),
        "DATE_ORDER": "DMY",
    }
    found: datetime | None = dateparser.parse(
        text, languages=LANGUAGES, settings={**settings, "REQUIRE_PARTS": ["day"]}
    )
    if found is None:
        # A weekday ("в пятницу") names no day of the month; a month alone ("декабрь") is not
        # a date: accept only what lands within the coming week.
        found = dateparser.parse(text, languages=LANGUAGES, settings=settings)
        if found is None or not today <= found.date() <= today + WEEK:
            return None
    if not _YEAR.search(text) and found.date() == _year_later(today):
        found = found.replace(year=today.year)  # "6 декабря" typed on 6 December: today
    return found


def parse_moment(
    text: str, today: date, *, max_ahead_days: int = MAX_AHEAD_DAYS
) -> tuple[date, time | None] | None:
    """A day from today to ``max_ahead_days`` ahead, and the time if one was typed with it."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    day: date | None = _numeric(cleaned, today)
    at: time | None = None
    if day is None:
        normal = _BARE_HOUR.sub(lambda m: f"{m[1]} {int(m[2]):02d}:{m[3] or '00'}", cleaned)
        found = _words(normal, today)
        if found is None:
            return None
        day = found.date()
        at = found.time() if _CLOCK.search(normal) else None
    if not today <= day <= today + timedelta(days=max_ahead_days):
        return None
    return day, at


def parse_day(text: str, today: date, *, max_ahead_days: int = MAX_AHEAD_DAYS) -> date | None:
    """Only the day of what was typed (a time typed with it is ignored)."""
    found = parse_moment(text, today, max_ahead_days=max_ahead_days)
    return found[0] if found else None
