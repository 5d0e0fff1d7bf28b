"""Asking a child process for the zone of a place, so the bot never holds the gazetteer.

See places.py for why. A lookup takes about half a second; it fails soft (None) when the child
is slow or broken, and the founder is asked to type the zone another way.
"""

import asyncio
import logging
import sys
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 20.0
MAX_NAME = 100


async def _ask(*args: str) -> str | None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.reminders.zones.places",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), TIMEOUT_SECONDS)
    except TimeoutError:
        process.kill()
        await process.wait()
        log.warning("zone lookup %s timed out", args[0])
        return None
    if process.returncode != 0:
        log.warning("zone lookup %s failed: %s", args[0], err.decode(errors="replace")[-300:])
        return None
    zone = out.decode().strip()
    if not zone:
        return None
    try:  # only a zone this system knows: the libraries' data and tzdata may differ in age
        ZoneInfo(zone)
    except (ValueError, KeyError):
        return None
    return zone


async def zone_of_city(name: str) -> str | None:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_NAME or cleaned.startswith("-"):
        return None
    return await _ask("city", cleaned)


async def zone_of_point(latitude: float, longitude: float) -> str | None:
    return await _ask("point", repr(latitude), repr(longitude))
