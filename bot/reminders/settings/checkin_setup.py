"""Opting in to the weekly check-in (a day, a time on a button or typed) or out of it."""

from datetime import time

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.reminders.callbacks import RemCb
from bot.reminders.outbox.reminders import active
from bot.reminders.rules import Kind, parse_kinds
from bot.reminders.schedule import time_of
from bot.reminders.settings import render
from bot.reminders.settings.cadence_form import TIMES
from bot.reminders.settings.cadence_service import set_checkin, stop
from bot.reminders.settings.control import toggle_kind
from bot.reminders.settings.menu import show_menu, typed_in
from bot.reminders.settings.states import ReminderInput, begin_input
from bot.telegram.filters import PLAIN_TEXT
from bot.telegram.keyboards import Button, inline
from bot.telegram.replies import safe_edit
from bot.telegram.turn import Turn
from bot.typed_dates import parse_time


async def checkin_pressed(
    query: CallbackQuery, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """On: pick a day; off: turn it off at once (a check-in whose kind is off counts as off)."""
    current = await active(turn.repo.session, turn.user.id, Kind.CHECKIN)
    if current is not None and Kind.CHECKIN not in parse_kinds(turn.user.reminder_kinds_off):
        await stop(turn.repo.session, current)
        await turn.repo.flush()
        callback_answer.text = turn.t("rem-chk-turned-off")
        await show_menu(query, turn)
        return
    if isinstance(query.message, Message):
        row: list[Button] = [
            (render.day_name(turn.t, day), RemCb(action="chkday", arg=str(day)))
            for day in range(7)
        ]
        keyboard = inline([row[:4], row[4:], render.back_row(turn.t)])
        await safe_edit(query.message, turn.t("rem-chk-day-ask"), keyboard)


async def day_chosen(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    if not callback_data.arg.isdigit() or int(callback_data.arg) > 6:
        callback_answer.text = turn.t("stale-button")
        return
    if isinstance(query.message, Message):
        day = int(callback_data.arg)
        row: list[Button] = [
            (render.hhmm(minutes), RemCb(action="chktime", occ=day, arg=str(minutes)))
            for minutes in TIMES
        ]
        typed: list[Button] = [(turn.t("btn-rem-type-time"), RemCb(action="chktype", occ=day))]
        text = turn.t("rem-chk-time-ask", day=render.day_name(turn.t, day))
        await safe_edit(query.message, text, inline([row, typed, render.back_row(turn.t)]))


async def _save(turn: Turn, day: int, at: time) -> str:
    """Store the check-in (and let its kind through again); the confirmation text."""
    horizon = turn.settings.reminders.horizon
    await set_checkin(
        turn.repo.session, turn.user, day=day, at=at, now=turn.clock(), horizon=horizon
    )
    if Kind.CHECKIN in parse_kinds(turn.user.reminder_kinds_off):
        toggle_kind(turn.user, Kind.CHECKIN)
    await turn.repo.flush()
    return turn.t("rem-chk-saved", day=render.day_name(turn.t, day), time=at.strftime("%H:%M"))


async def time_chosen(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    day, minutes = callback_data.occ, callback_data.arg
    if not (0 <= day <= 6 and minutes.isdigit() and int(minutes) in TIMES):
        callback_answer.text = turn.t("stale-button")
        return
    callback_answer.text = await _save(turn, day, time_of(int(minutes)))
    await show_menu(query, turn)


async def type_pressed(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """ "Своё время": the founder types the check-in time like any other time."""
    if not 0 <= callback_data.occ <= 6 or not isinstance(query.message, Message):
        callback_answer.text = turn.t("stale-button")
        return
    await begin_input(turn.state, ReminderInput.checkin_time, day=callback_data.occ)
    await query.message.answer(turn.t("rem-cad-time-typed-ask"))


async def time_typed(message: Message, turn: Turn) -> None:
    found = parse_time(message.text or "")
    if found is None:
        await message.answer(turn.t("rem-time-invalid"))
        return
    day = int((await turn.state.get_data()).get("day", 0)) % 7
    await typed_in(message, turn, await _save(turn, day, found))


def build_router() -> Router:
    router = Router(name="reminders.checkin_setup")
    router.callback_query.register(checkin_pressed, RemCb.filter(F.action == "checkin"))
    router.callback_query.register(day_chosen, RemCb.filter(F.action == "chkday"))
    router.callback_query.register(time_chosen, RemCb.filter(F.action == "chktime"))
    router.callback_query.register(type_pressed, RemCb.filter(F.action == "chktype"))
    router.message.register(time_typed, StateFilter(ReminderInput.checkin_time), PLAIN_TEXT)
    return router
