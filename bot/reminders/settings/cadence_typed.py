"""The typed steps of the cadence set-up (a date, a time) and saving the finished draft."""

from datetime import date, time

from aiogram import Router
from aiogram.filters import StateFilter
from aiogram.types import Message

from bot.dates import day_month
from bot.reminders.callbacks import CadCb
from bot.reminders.schedule import minutes_of, time_of
from bot.reminders.settings import cadence_form, render
from bot.reminders.settings.cadence_service import set_cadence
from bot.reminders.settings.states import ReminderInput, end_input
from bot.telegram.filters import PLAIN_TEXT
from bot.telegram.keyboards import inline
from bot.telegram.turn import Turn
from bot.text.html import quote
from bot.typed_dates import parse_time
from bot.value_prop.owned import finished_vp


def summary(
    turn: Turn, key: str, name: str, goal: int, until: date, days: tuple[int, ...], at: time
) -> str:
    """The cadence in words, as ``key`` puts it (the current one, or the one just saved)."""
    deadline = day_month(until, turn.t.language, today=turn.today())
    weekdays = ", ".join(render.day_name(turn.t, day) for day in days)
    return turn.t(
        key, name=quote(name), goal=goal, until=deadline, days=weekdays, time=at.strftime("%H:%M")
    )


async def save(turn: Turn, draft: CadCb) -> str:
    """Store the cadence; the confirmation text (or the stale-button one)."""
    vp = await finished_vp(turn.repo, turn.user, draft.vp)
    until = cadence_form.unpack_date(draft.by)
    days = cadence_form.days_of(draft.days)
    if vp is None or until is None or not days or draft.goal <= 0:
        return turn.t("stale-button")
    at = time_of(draft.at)
    await set_cadence(
        turn.repo.session,
        turn.user,
        vp,
        goal=draft.goal,
        until=until,
        days=days,
        at=at,
        now=turn.clock(),
        horizon=turn.settings.reminders.horizon,
    )
    await turn.repo.flush()
    return summary(turn, "rem-cad-saved", vp.name, draft.goal, until, days, at)


async def _draft(turn: Turn, action: str, **values: int) -> CadCb:
    """The draft so far (kept in the input state's data), out of the input state."""
    data = await turn.state.get_data()
    await end_input(turn.state)
    carried = {key: int(data[key]) for key in ("vp", "goal", "by", "days") if key in data}
    return CadCb(action=action, **carried, **values)


async def date_typed(message: Message, turn: Turn) -> None:
    found = cadence_form.parse_date(message.text or "", turn.today())
    if found is None:
        await message.answer(turn.t("rem-cad-date-invalid"))
        return
    draft = await _draft(turn, "by", by=cadence_form.pack_date(found))
    await message.answer(
        turn.t("rem-cad-days-ask"), reply_markup=cadence_form.days_keyboard(turn.t, draft)
    )


async def time_typed(message: Message, turn: Turn) -> None:
    found = parse_time(message.text or "")
    if found is None:
        await message.answer(turn.t("rem-time-invalid"))
        return
    text = await save(turn, await _draft(turn, "at", at=minutes_of(found)))
    await message.answer(text, reply_markup=inline([render.back_row(turn.t)]))


def build_router() -> Router:
    router = Router(name="reminders.cadence_typed")
    router.message.register(date_typed, StateFilter(ReminderInput.cadence_date), PLAIN_TEXT)
    router.message.register(time_typed, StateFilter(ReminderInput.cadence_time), PLAIN_TEXT)
    return router
