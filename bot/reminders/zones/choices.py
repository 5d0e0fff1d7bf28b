"""Time zones the founder can pick: common Russian ones first, then typed cities or UTC offsets."""

import re
from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

# (locale key suffix, IANA zone), west to east; the city names live in the locale files.
RUSSIAN_ZONES: tuple[tuple[str, str], ...] = (
    ("kaliningrad", "Europe/Kaliningrad"),
    ("moscow", "Europe/Moscow"),
    ("samara", "Europe/Samara"),
    ("yekaterinburg", "Asia/Yekaterinburg"),
    ("omsk", "Asia/Omsk"),
    ("novosibirsk", "Asia/Novosibirsk"),
    ("krasnoyarsk", "Asia/Krasnoyarsk"),
    ("irkutsk", "Asia/Irkutsk"),
    ("yakutsk", "Asia/Yakutsk"),
    ("vladivostok", "Asia/Vladivostok"),
    ("magadan", "Asia/Magadan"),
    ("kamchatka", "Asia/Kamchatka"),
)
# Offsets that are not whole hours have no Etc/ zone: a representative city instead.
_PARTIAL_OFFSETS = {
    (3, 30): "Asia/Tehran",
    (4, 30): "Asia/Kabul",
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (6, 30): "Asia/Yangon",
    (9, 30): "Australia/Darwin",
    (-3, 30): "America/St_Johns",
}
_OFFSET = re.compile(
    r"^(?P<base>utc|gmt|msk|мск)?\s*(?:(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?$"
)
_REGIONS = ("Europe/", "Asia/", "America/", "Africa/", "Australia/", "Pacific/", "Atlantic/")
MOSCOW_OFFSET = 3


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Lower-case name → IANA name, for every zone tzdata knows."""
    return {name.lower(): name for name in available_timezones()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Lower-case city ("new york") → IANA zone, from the regional zones only."""
    cities: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if name.startswith(_REGIONS):
            city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
            cities.setdefault(city, name)
    return cities


def _normal(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).lower()


def _from_offset(match: re.Match[str]) -> str | None:
    base = (match["base"] or "").lower()
    if not match["sign"]:
        return "UTC" if base in {"utc", "gmt"} else ("Europe/Moscow" if base else None)
    sign = -1 if match["sign"] in "-−" else 1
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if base in {"msk", "мск"}:
        hours, sign = MOSCOW_OFFSET + sign * hours, 1
        if hours < 0:
            hours, sign = -hours, -1
    if minutes:
        return _PARTIAL_OFFSETS.get((sign * hours, minutes))
    if hours == 0:
        return "UTC"
    if (sign > 0 and hours > 14) or (sign < 0 and hours > 12):
        return None
    # POSIX-style Etc zones have the sign inverted: Etc/GMT-3 is UTC+3.
    return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"


def parse_zone(text: str, aliases: Mapping[str, str] | None = None) -> str | None:
    """An IANA zone from what the founder typed: "Berlin", "Europe/Berlin", "UTC+3", "МСК+4".

    ``aliases`` maps extra names (e.g. the Russian city names from the locale files) to zones.
    """
    cleaned = _normal(text)
    if not cleaned:
        return None
    match = _OFFSET.match(cleaned.replace(" ", ""))
    if match is not None and (match["base"] or match["sign"]):
        return _from_offset(match)
    for table in ({_normal(k): v for k, v in (aliases or {}).items()}, _zones(), _cities()):
        found = table.get(cleaned) or table.get(cleaned.replace(" ", "_"))
        if found is not None:
            return found
    return None


def utc_offset_label(zone: str, at: datetime) -> str:
    """ "UTC+3", "UTC-3:30" for ``zone`` at the instant ``at``."""
    offset = at.astimezone(ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def russian_key(zone: str) -> str | None:
    """The locale key suffix of one of the Russian zones on the buttons, else None."""
    return next((key for key, name in RUSSIAN_ZONES if name == zone), None)
