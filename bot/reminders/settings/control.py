"""The founder's control over reminders: what is coming, snooze, pause, stop, kinds, zone.

Switches are filters read at delivery time (see prepare.py): turning something off leaves the
queue as it is, so turning it back on in time loses nothing.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import zone_of
from bot.db.models import User
from bot.dialogues import DialogueSpot, parse_spot
from bot.reminders.materialize import ensure_user, recompute_zone
from bot.reminders.outbox import lookups, pending
from bot.reminders.rules import Kind, LocalRule, dump_kinds, parse_kinds, parse_rule
from bot.reminders.schedule import same_time_next_day

PAUSE = timedelta(days=7)
SNOOZE_HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Upcoming:
    """One pending occurrence as the /reminders list shows it."""

    id: int
    kind: Kind
    due_at: datetime
    subject: str | None  # the proposition's name for a cadence or a nudge


async def upcoming(
    session: AsyncSession, user: User, *, now: datetime, limit: int = 5
) -> list[Upcoming]:
    """The next pending occurrences that will go out: kinds on, not skipped by a pause.

    A pause skips recurring occurrences due before it ends; a consultant's message waits.
    """
    off = parse_kinds(user.reminder_kinds_off)
    paused = user.reminders_paused_until if is_paused(user, now) else None
    rows = await pending.with_rules(
        session, user.id, limit=limit * (len(off) + 1) + (50 if paused is not None else 0)
    )
    found: list[Upcoming] = []
    for row in rows:
        if row.kind in off or len(found) >= limit:
            continue
        goes_at = row.due_at
        if paused is not None and row.due_at < paused:
            if row.kind != Kind.CONSULTANT:
                continue
            goes_at = paused
        subject = await _subject(session, row.kind, row.rule, row.payload)
        found.append(Upcoming(row.id, Kind(row.kind), goes_at, subject))
    return found


async def _subject(session: AsyncSession, kind: str, rule: str, payload: str | None) -> str | None:
    """The proposition a cadence (its rule) or a nudge (its spot) is about."""
    found: LocalRule | DialogueSpot | None = None
    if kind == Kind.CADENCE:
        found = parse_rule(rule)
    elif kind == Kind.NUDGE:
        found = parse_spot(payload)
    vp = await lookups.proposition(session, found.vp) if found and found.vp else None
    return vp.name if vp else None


async def snooze(
    session: AsyncSession,
    user: User,
    occurrence_id: int,
    *,
    how: Literal["hour", "day"],
    now: datetime,
) -> datetime | None:
    """Move one of the founder's own pending occurrences: an hour later or to tomorrow."""
    occurrence = await pending.own(session, user.id, occurrence_id)
    if occurrence is None:
        return None
    base = max(occurrence.due_at, now)
    if how == "hour":
        due_at = base + SNOOZE_HOUR
    else:
        due_at = same_time_next_day(base, zone_of(user.timezone))
    await pending.move(session, occurrence.id, due_at)
    return due_at


def pause(user: User, *, now: datetime) -> datetime:
    user.reminders_paused_until = now + PAUSE
    return user.reminders_paused_until


def is_paused(user: User, now: datetime) -> bool:
    return user.reminders_paused_until is not None and user.reminders_paused_until > now


def toggle_kind(user: User, kind: Kind) -> bool:
    """Flip one kind; returns True when it is now on."""
    off = parse_kinds(user.reminder_kinds_off) ^ {kind}
    user.reminder_kinds_off = dump_kinds(off)
    return kind not in off


def set_quiet(user: User, start: int, end: int) -> None:
    """Quiet hours as local minutes since midnight; start == end means none."""
    user.quiet_start, user.quiet_end = start % 1440, end % 1440


async def set_timezone(
    session: AsyncSession, user: User, zone: str, *, now: datetime, horizon: timedelta
) -> None:
    """New IANA zone; pending local-time occurrences move to the same wall-clock time in it."""
    old = user.timezone
    user.timezone = zone
    if old != zone:
        await recompute_zone(session, user, old, now=now, horizon=horizon)


async def turn_on(session: AsyncSession, user: User, *, now: datetime, horizon: timedelta) -> None:
    user.reminders_off = False
    await ensure_user(session, user, now=now, horizon=horizon)
