"""The interview cadence set-up as data: parsing typed dates and times, the step keyboards."""

from datetime import date, timedelta

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.reminders.callbacks import CadCb
from bot.reminders.settings.render import back_row, hhmm
from bot.telegram.keyboards import Button, inline
from bot.typed_dates import parse_day

GOALS = (3, 5, 10, 15, 20)
TIMES = (9 * 60, 12 * 60, 18 * 60)
WEEKS = (2, 4)
MAX_DAYS_AHEAD = 366


def pack_date(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def unpack_date(value: int) -> date | None:
    try:
        return date(value // 10000, value // 100 % 100, value % 100)
    except ValueError:
        return None


def days_of(mask: int) -> tuple[int, ...]:
    return tuple(day for day in range(7) if mask >> day & 1)


def parse_date(text: str, today: date) -> date | None:
    """A deadline typed as "24.12", "24 декабря" or "через 2 недели": today .. a year ahead."""
    return parse_day(text, today, max_ahead_days=MAX_DAYS_AHEAD)


def _step(draft: CadCb, action: str, **values: int) -> CadCb:
    """The draft so far, for the button of the next ``action``."""
    return draft.model_copy(update={"action": action, **values})


def goal_keyboard(t: Translator, vp: int) -> InlineKeyboardMarkup:
    row: list[Button] = [(str(goal), CadCb(action="goal", vp=vp, goal=goal)) for goal in GOALS]
    return inline([row, back_row(t)])


def deadline_keyboard(t: Translator, draft: CadCb, today: date) -> InlineKeyboardMarkup:
    options: list[Button] = [
        (
            t("btn-rem-cad-weeks", weeks=weeks),
            _step(draft, "by", by=pack_date(today + timedelta(weeks=weeks))),
        )
        for weeks in WEEKS
    ]
    return inline([options, [(t("btn-rem-cad-type-date"), _step(draft, "bytype"))], back_row(t)])


def days_keyboard(t: Translator, draft: CadCb) -> InlineKeyboardMarkup:
    row: list[Button] = []
    for day in range(7):
        label = t(f"rem-day-{day}")
        label = f"✅ {label}" if draft.days >> day & 1 else label
        row.append((label, _step(draft, "day", days=draft.days ^ (1 << day))))
    return inline([row[:4], row[4:], [(t("btn-rem-done"), _step(draft, "days"))], back_row(t)])


def time_keyboard(t: Translator, draft: CadCb) -> InlineKeyboardMarkup:
    row: list[Button] = [(hhmm(minutes), _step(draft, "at", at=minutes)) for minutes in TIMES]
    return inline([row, [(t("btn-rem-type-time"), _step(draft, "attype"))], back_row(t)])
