"""The typed steps of the cadence set-up (a date, a time) and saving the finished draft."""

from datetime import date, timedelta

from aiogram import Router
from aiogram.filters import StateFilter
from aiogram.types import Message

from bot.dates import day_month, zone_of
from bot.i18n import Translator
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


def local_today(turn: Turn) -> date:
    return turn.clock().astimezone(zone_of(turn.user.timezone)).date()


def days_text(t: Translator, days: tuple[int, ...]) -> str:
    return ", ".join(render.day_name(t, day) for day in days)


async def save(turn: Turn, draft: CadCb) -> str:
    """Store the cadence; the confirmation text (or the stale-button one)."""
    t = turn.t
    vp = await finished_vp(turn.repo, turn.user, draft.vp)
    until = cadence_form.unpack_date(draft.by)
    days = cadence_form.days_of(draft.days)
    if vp is None or until is None or not days or draft.goal <= 0:
        return t("stale-button")
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
        horizon=timedelta(days=turn.settings.reminders.horizon_days),
    )
    await turn.repo.flush()
    return t(
        "rem-cad-saved",
        name=quote(vp.name),
        goal=draft.goal,
        until=day_month(until, t.language, today=local_today(turn)),
        days=days_text(t, days),
        time=at.strftime("%H:%M"),
    )


async def date_typed(message: Message, turn: Turn) -> None:
    found = cadence_form.parse_date(message.text or "", local_today(turn))
    if found is None:
        await message.answer(turn.t("rem-cad-date-invalid"))
        return
    data = await turn.state.get_data()
    await end_input(turn.state)
    draft = CadCb(
        action="by", vp=int(data["vp"]), goal=int(data["goal"]), by=cadence_form.pack_date(found)
    )
    await message.answer(
        turn.t("rem-cad-days-ask"), reply_markup=cadence_form.days_keyboard(turn.t, draft)
    )


async def time_typed(message: Message, turn: Turn) -> None:
    found = parse_time(message.text or "")
    if found is None:
        await message.answer(turn.t("rem-time-invalid"))
        return
    data = await turn.state.get_data()
    await end_input(turn.state)
    draft = CadCb(
        action="at",
        vp=int(data["vp"]),
        goal=int(data["goal"]),
        by=int(data["by"]),
        days=int(data["days"]),
        at=minutes_of(found),
    )
    text = await save(turn, draft)
    await message.answer(text, reply_markup=inline([render.back_row(turn.t)]))


def build_router() -> Router:
    router = Router(name="reminders.cadence_typed")
    router.message.register(date_typed, StateFilter(ReminderInput.cadence_date), PLAIN_TEXT)
    router.message.register(time_typed, StateFilter(ReminderInput.cadence_time), PLAIN_TEXT)
    return router
