"""Deciding what a due occurrence becomes: a message, a later time, or nothing (and why).

The founder's settings are read at delivery time: reminders off, a kind off, a pause, quiet
hours (the occurrence waits for the window to end), a blocked bot.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import ReminderSettings
from bot.dates import zone_of
from bot.db.models import User, VpStatus
from bot.db.repositories.users import UserRepo
from bot.dialogues import DialogueSpot, dialogue_of, parse_spot
from bot.i18n import I18n
from bot.reminders.consultant_messages import switches_of
from bot.reminders.delivery import compose
from bot.reminders.delivery.fate import Fate, refusal
from bot.reminders.outbox import lookups, reminders
from bot.reminders.outbox.claims import Claimed
from bot.reminders.outbox.reminders import ReminderRow
from bot.reminders.outbox.rows import missed_before
from bot.reminders.rules import REPORTED_KINDS, Kind, Status, nudge_stage
from bot.reminders.schedule import quiet_until
from bot.reminders.settings.cadence_service import cadence_rule, progress

Locate = Callable[[int], Awaitable[DialogueSpot | None]]


@dataclass(frozen=True)
class Send:
    chat_id: int
    kind: Kind
    message: compose.Message


@dataclass(frozen=True)
class Defer:
    until: datetime
    reason: str


@dataclass(frozen=True)
class Drop:
    status: Status
    reason: str
    fate: Fate | None = None  # set when the founder's own switches refused it


Decision = Send | Defer | Drop


_REFUSED: dict[Fate, tuple[Status, str]] = {
    Fate.NO_CONSENT: (Status.CANCELLED, "no consent"),
    Fate.BLOCKED: (Status.SUSPENDED, "bot blocked by the user"),
    Fate.OFF: (Status.CANCELLED, "reminders off"),
}


def _policy(user: User, reminder: ReminderRow, now: datetime) -> Decision | None:
    """The founder's switches; None when the occurrence may go out now."""
    kind = Kind(reminder.kind)
    if not reminder.active:
        return Drop(Status.CANCELLED, "reminder turned off")
    if kind == Kind.CONSULTANT and user.consultant_id != reminder.created_by:
        # The founder (or the consultant) ended the link after the message was scheduled.
        return Drop(Status.CANCELLED, "no longer their consultant", Fate.UNLINKED)
    refused = refusal(switches_of(user), kind)
    if refused is not None:
        status, reason = _REFUSED.get(refused, (Status.CANCELLED, f"{kind} reminders off"))
        return Drop(status, reason, refused)
    paused = user.reminders_paused_until
    if paused is not None and paused > now:
        # A one-off message waits for the pause to end; a recurring one has a next time.
        if kind == Kind.CONSULTANT:
            return Defer(paused, "paused")
        return Drop(Status.CANCELLED, "paused")
    quiet = quiet_until(now, zone_of(user.timezone), user.quiet_start, user.quiet_end)
    if quiet is not None:
        return Defer(quiet, "quiet hours")
    return None


async def decide(
    session: AsyncSession,
    item: Claimed,
    *,
    i18n: I18n,
    settings: ReminderSettings,
    now: datetime,
    locate: Locate | None = None,
) -> Decision:
    """What to do with one claimed occurrence (reads only; the caller records the outcome).

    ``locate`` reads where a founder is now (their FSM state); without it a nudge names the
    step stored with it.
    """
    user = await UserRepo(session).get(item.user_id)
    reminder = await reminders.by_id(session, item.reminder_id)
    if user is None or reminder is None:
        return Drop(Status.CANCELLED, "user or reminder gone")
    ruling = _policy(user, reminder, now)
    if ruling is not None:
        return ruling
    t = i18n.get(user.language)
    kind = Kind(reminder.kind)
    missed = 0
    if kind in REPORTED_KINDS:
        missed = await missed_before(session, reminder.id, item.due_at)
    if kind == Kind.NUDGE:
        spot = parse_spot(reminder.payload)
        stage = nudge_stage(item.key)
        delay = (
            settings.nudge_last_after_seconds if stage == 2 else settings.nudge_first_after_seconds
        )
        silent_enough = user.last_seen_at + timedelta(seconds=delay)
        if silent_enough > item.due_at:
            # Active since the nudge was timed (the outbox is not rewritten on every answer):
            # it waits until they have been silent long enough.
            return Defer(silent_enough, "founder answered")
        if spot is not None and locate is not None:
            here = await locate(user.id)
            if here is None or dialogue_of(here) != dialogue_of(spot):
                return Drop(Status.CANCELLED, "dialogue left")
            spot = here  # the step they are at now
        vp = await lookups.proposition(session, spot.vp) if spot else None
        if spot is None or vp is None or vp.user_id != user.id:
            return Drop(Status.CANCELLED, "dialogue gone")
        return Send(user.id, kind, compose.nudge(t, spot, vp.name, last=stage == 2))
    if kind == Kind.CADENCE:
        rule = cadence_rule(reminder)
        vp = await lookups.proposition(session, rule.vp) if rule and rule.vp else None
        if rule is None or vp is None or vp.user_id != user.id or vp.status != VpStatus.DONE:
            return Drop(Status.CANCELLED, "value proposition gone")
        state = await progress(session, rule, user.timezone, now=now)
        if state.week_met:
            return Drop(Status.CANCELLED, "week target met")
        message = compose.cadence(
            t,
            vp_id=vp.id,
            vp_name=vp.name,
            done=state.done,
            goal=state.goal,
            until=rule.until,
            today=now.astimezone(zone_of(user.timezone)).date(),
            missed=missed,
        )
        return Send(user.id, kind, message)
    if kind == Kind.CHECKIN:
        return Send(user.id, kind, compose.checkin(t, missed=missed))
    sender = await UserRepo(session).get(reminder.created_by) if reminder.created_by else None
    name = compose.person_name(sender) if sender else ""
    body = reminder.payload or ""
    return Send(user.id, kind, compose.consultant(t, sender=name or "—", body=body, missed=missed))
