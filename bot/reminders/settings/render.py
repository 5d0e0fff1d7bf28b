"""Texts and keyboards of the /reminders settings: the menu, kinds, quiet hours, time zone."""

from datetime import datetime
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardMarkup

from bot.dates import zone_of
from bot.db.models import User
from bot.i18n import Translator
from bot.reminders.callbacks import RemCb
from bot.reminders.rules import KINDS, Kind, parse_kinds
from bot.reminders.schedule import time_of
from bot.reminders.settings.control import Upcoming, is_paused
from bot.reminders.zones.choices import RUSSIAN_ZONES, russian_key, utc_offset_label
from bot.telegram.keyboards import Button, inline
from bot.text.html import quote

QUIET_PRESETS = ((22 * 60, 9 * 60), (23 * 60, 8 * 60), (21 * 60, 10 * 60), (0, 7 * 60))


def hhmm(minutes: int) -> str:
    return time_of(minutes).strftime("%H:%M")


def day_name(t: Translator, day: int) -> str:
    return t(f"rem-day-{day % 7}")


def when(t: Translator, moment: datetime, zone: ZoneInfo) -> str:
    """ "чт 27.11, 10:00" in the user's zone."""
    local = moment.astimezone(zone)
    return f"{day_name(t, local.weekday())} {local:%d.%m, %H:%M}"


def zone_label(t: Translator, zone: str, now: datetime) -> str:
    offset = utc_offset_label(zone, now)
    if zone == "UTC" or zone.startswith("Etc/"):
        return offset  # a bare offset has no city to name
    key = russian_key(zone)
    name = t(f"tz-city-{key}") if key else zone
    return f"{quote(name)} ({offset})"


def kind_label(t: Translator, kind: Kind) -> str:
    return t(f"rem-kind-{kind}")


def state_lines(
    t: Translator, user: User, now: datetime, off_key: str = "rem-menu-off"
) -> list[str]:
    """Off (``off_key``), paused, then kinds turned off: the main screen's state lines."""
    lines: list[str] = []
    if user.reminders_off:
        lines.append(t(off_key))
    elif is_paused(user, now) and user.reminders_paused_until is not None:
        until = when(t, user.reminders_paused_until, zone_of(user.timezone))
        lines.append(t("rem-menu-paused", until=until))
    off = parse_kinds(user.reminder_kinds_off)
    kinds = [kind_label(t, kind) for kind in KINDS if kind in off]
    if kinds:
        lines.append(t("rem-menu-kinds-off", kinds=", ".join(kinds)))
    return lines


def _what(t: Translator, item: Upcoming) -> str:
    what = kind_label(t, item.kind)
    return f"{what} «{quote(item.subject)}»" if item.subject else what


def menu_text(t: Translator, user: User, items: list[Upcoming], now: datetime) -> str:
    zone = zone_of(user.timezone)
    lines = [t("rem-menu-title"), t("rem-menu-zone", zone=zone_label(t, user.timezone, now))]
    if user.quiet_start == user.quiet_end:
        lines.append(t("rem-menu-quiet-none"))
    else:
        lines.append(t("rem-menu-quiet", start=hhmm(user.quiet_start), end=hhmm(user.quiet_end)))
    state = state_lines(t, user, now)
    if state:
        lines.append("\n" + "\n".join(state))
    if not items:
        lines.append("\n" + t("rem-menu-empty"))
        return "\n".join(lines)
    lines.append("\n" + t("rem-menu-upcoming"))
    for number, item in enumerate(items, start=1):
        lines.append(
            t("rem-menu-item", n=number, when=when(t, item.due_at, zone), what=_what(t, item))
        )
    return "\n".join(lines)


def menu_keyboard(
    t: Translator, user: User, items: list[Upcoming], now: datetime, *, checkin_on: bool
) -> InlineKeyboardMarkup:
    zone = zone_of(user.timezone)
    rows: list[list[Button]] = []
    # A nudge is rescheduled by any activity (pressing snooze included): nothing to snooze.
    for item in (item for item in items if item.kind != Kind.NUDGE):
        # Buttons that read as sentences: "⏰ Check-in (Пт 27.11, 18:00) — на час позже".
        what = t(f"rem-snooze-what-{item.kind}", name=item.subject or "")  # buttons are not HTML
        at = when(t, item.due_at, zone)
        for how in ("hour", "day"):
            label = t(f"btn-rem-snooze-{how}", what=what, when=at)
            rows.append([(label, RemCb(action="snz", occ=item.id, arg=how))])
    pause = "resume" if is_paused(user, now) else "pause"
    stop = "on" if user.reminders_off else "stop"
    checkin = "btn-rem-checkin-off" if checkin_on else "btn-rem-checkin-on"
    rows += [
        [(t(f"btn-rem-{pause}"), RemCb(action=pause))],
        [(t("btn-rem-cadence"), RemCb(action="cadence"))],
        [(t(checkin), RemCb(action="checkin"))],
        [(t("btn-rem-kinds"), RemCb(action="kinds"))],
        [(t("btn-rem-quiet"), RemCb(action="quiet")), (t("btn-rem-zone"), RemCb(action="tz"))],
        [(t(f"btn-rem-{stop}"), RemCb(action=stop))],
    ]
    return inline(rows)


def back_row(t: Translator) -> list[Button]:
    return [(t("btn-rem-back"), RemCb(action="menu"))]


def kinds_text(t: Translator, user: User, now: datetime) -> str:
    """The kinds screen says what the main screen says first: off by /stop, or paused."""
    lines = [t("rem-kinds-title")]
    if user.reminders_off or is_paused(user, now):
        lines += state_lines(t, user, now, "rem-kinds-all-off")[:1]
    return "\n\n".join(lines)


def kinds_keyboard(t: Translator, user: User) -> InlineKeyboardMarkup:
    off = parse_kinds(user.reminder_kinds_off)
    rows: list[list[Button]] = []
    for kind in KINDS:
        key = "btn-rem-kind-off" if kind in off else "btn-rem-kind-on"
        rows.append([(t(key, kind=kind_label(t, kind)), RemCb(action="kind", arg=kind))])
    return inline([*rows, back_row(t)])


def quiet_keyboard(t: Translator) -> InlineKeyboardMarkup:
    presets: list[Button] = [
        (f"{hhmm(start)}–{hhmm(end)}", RemCb(action="qset", arg=f"{start}-{end}"))
        for start, end in QUIET_PRESETS
    ]
    none: Button = (t("btn-rem-quiet-none"), RemCb(action="qset", arg="0-0"))
    typed: Button = (t("btn-rem-type"), RemCb(action="qtype"))
    return inline([presets[:2], presets[2:], [none], [typed], back_row(t)])


def zone_keyboard(t: Translator) -> InlineKeyboardMarkup:
    buttons: list[Button] = [
        (t(f"tz-city-{key}"), RemCb(action="tzset", arg=zone)) for key, zone in RUSSIAN_ZONES
    ]
    rows = [buttons[index : index + 3] for index in range(0, len(buttons), 3)]
    return inline([*rows, [(t("btn-rem-zone-other"), RemCb(action="tztype"))], back_row(t)])
