"""What will become of a consultant's scheduled message for one client, told in advance. Pure.

The delivery loop applies the client's switches when the message falls due (prepare.py); this
module runs the same rules ahead of time, so the consultant's confirmation says what will
really happen: on time, now, later (a pause, quiet hours), or not at all.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.reminders.rules import Kind, parse_kinds
from bot.reminders.schedule import quiet_until


class Fate(StrEnum):
    """In the order the consultant's confirmation lists clients: those who get the message
    first, then later, then those who will not get it."""

    NOW = "now"  # that local time has passed: as soon as possible
    ON_TIME = "on-time"  # at the chosen local time
    PAUSED = "paused"  # the client paused reminders: when the pause ends
    QUIET = "quiet"  # it falls into the client's quiet hours: when they end
    OFF = "off"  # the client sent /stop
    KIND_OFF = "kind-off"  # the client turned off consultant messages
    BLOCKED = "blocked"  # the client blocked the bot
    NO_CONSENT = "no-consent"  # the client has not accepted the data notice
    UNLINKED = "unlinked"  # no longer this consultant's client (found at delivery)


UNDELIVERABLE = frozenset({Fate.OFF, Fate.KIND_OFF, Fate.BLOCKED, Fate.NO_CONSENT, Fate.UNLINKED})


@dataclass(frozen=True)
class Switches:
    """A client's reminder settings, as read from their users row."""

    consent: bool
    blocked: bool
    reminders_off: bool
    kinds_off: str | None
    paused_until: datetime | None
    quiet_start: int
    quiet_end: int


def refusal(switches: Switches, kind: Kind = Kind.CONSULTANT) -> Fate | None:
    """Why a reminder of ``kind`` cannot reach this client as things stand; None when it can."""
    if not switches.consent:
        return Fate.NO_CONSENT
    if switches.blocked:
        return Fate.BLOCKED
    if switches.reminders_off:
        return Fate.OFF
    if kind in parse_kinds(switches.kinds_off):
        return Fate.KIND_OFF
    return None


def expected_delivery(
    switches: Switches, due: datetime, zone: ZoneInfo, *, now: datetime
) -> tuple[Fate, datetime]:
    """When a deliverable message will go out, and what decides that moment (UTC)."""
    fate, at = (Fate.NOW, now) if due <= now else (Fate.ON_TIME, due)
    paused = switches.paused_until
    if paused is not None and paused > at:
        fate, at = Fate.PAUSED, paused
    quiet_end = quiet_until(at, zone, switches.quiet_start, switches.quiet_end)
    if quiet_end is not None:
        fate, at = Fate.QUIET, quiet_end
    return fate, at
