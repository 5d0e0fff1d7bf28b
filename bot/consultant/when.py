"""Parsing when a consultant's message should go out: a local date and a local time (pure)."""

import re
from datetime import date, time, timedelta

_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
MAX_AHEAD = timedelta(days=366)


def parse_day(text: str, today: date) -> date | None:
    """'27.11', '27.11.2026': today or later within a year; without a year the next such day."""
    match = _DATE.match(text)
    if match is None:
        return None
    day, month, year = int(match[1]), int(match[2]), match[3]
    try:
        if year is None:
            value = date(today.year, month, day)
            if value < today:
                value = date(today.year + 1, month, day)
        else:
            value = date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        return None
    return value if today <= value <= today + MAX_AHEAD else None


def parse_time(text: str) -> time | None:
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    return time(hour, minute) if hour < 24 and minute < 60 else None
