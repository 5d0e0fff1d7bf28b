"""Reminder kinds, occurrence statuses, local rules (reminders.rule JSON) and occurrence keys."""

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    NUDGE = "nudge"  # an unfinished dialogue
    CADENCE = "cadence"  # interviews: goal, days, time
    CONSULTANT = "consultant"  # a message the consultant scheduled
    CHECKIN = "checkin"  # the weekly check-in


class Status(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    MISSED = "missed"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"
    FAILED = "failed"


KINDS: tuple[Kind, ...] = (Kind.NUDGE, Kind.CADENCE, Kind.CHECKIN, Kind.CONSULTANT)
# Kinds whose missed occurrences are reported ("you missed N reminders"); a nudge is not: the
# newest one stands for the older ones.
REPORTED_KINDS = frozenset({Kind.CADENCE, Kind.CHECKIN, Kind.CONSULTANT})

_SLOT = re.compile(r"^r(\d+)@(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


@dataclass(frozen=True)
class LocalRule:
    """When a reminder fires, in the user's wall-clock time (their IANA zone applies).

    Weekly on ``days`` (0 = Monday) up to ``until`` inclusive, or once ``on`` a date. A cadence
    also names its value proposition and its interview goal.
    """

    at: time
    days: tuple[int, ...] = ()
    on: date | None = None
    until: date | None = None
    vp: int | None = None
    goal: int | None = None

    @property
    def recurring(self) -> bool:
        return self.on is None


def dump_rule(rule: LocalRule) -> str:
    data: dict[str, Any] = {
        "time": rule.at.strftime("%H:%M"),
        "days": sorted(rule.days) or None,
        "date": rule.on.isoformat() if rule.on else None,
        "until": rule.until.isoformat() if rule.until else None,
        "vp": rule.vp,
        "goal": rule.goal,
    }
    return json.dumps(
        {key: value for key, value in data.items() if value is not None}, sort_keys=True
    )


def parse_rule(text: str | None) -> LocalRule | None:
    """The rule stored in ``reminders.rule``; None when it holds no local time (nudges)."""
    try:
        data = json.loads(text or "{}")
        if not isinstance(data, dict) or "time" not in data:
            return None
        return LocalRule(
            at=time.fromisoformat(str(data["time"])),
            days=tuple(sorted({int(day) % 7 for day in data.get("days", [])})),
            on=date.fromisoformat(data["date"]) if data.get("date") else None,
            until=date.fromisoformat(data["until"]) if data.get("until") else None,
            vp=int(data["vp"]) if data.get("vp") is not None else None,
            goal=int(data["goal"]) if data.get("goal") is not None else None,
        )
    except (ValueError, TypeError):
        return None


def slot_key(reminder_id: int, local: datetime) -> str:
    """Key of the occurrence at a local wall-clock slot: one row per slot, whatever its UTC."""
    return f"r{reminder_id}@{local:%Y-%m-%dT%H:%M}"


def parse_slot(key: str) -> tuple[date, time] | None:
    """The local slot a key names (None for nudges and collapse carriers)."""
    match = _SLOT.match(key)
    if match is None:
        return None
    return date.fromisoformat(match[2]), time(int(match[3]), int(match[4]))


def nudge_key(user_id: int, update_id: int, stage: int) -> str:
    """Key of a nudge scheduled after one update: stage 1 (first) or 2 (last)."""
    return f"n{user_id}:{update_id}:{stage}"


def nudge_stage(key: str) -> int:
    """1 for the first nudge, 2 for the last one (also for a carrier of either)."""
    return 2 if key.split("+", 1)[0].endswith(":2") else 1


def carrier_key(newest_missed_key: str) -> str:
    """Key of the one message that reports missed occurrences up to ``newest_missed_key``."""
    return f"{newest_missed_key}+m"


def parse_kinds(text: str | None) -> set[str]:
    return {part.strip() for part in (text or "").split(",") if part.strip()}


def dump_kinds(kinds: set[str]) -> str:
    return ",".join(sorted(kinds))
