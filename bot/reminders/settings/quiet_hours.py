"""Quiet hours: presets on buttons, or typed by the founder."""

import re

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.reminders.callbacks import RemCb
from bot.reminders.settings import control, render
from bot.reminders.settings.menu import show_menu, typed_in
from bot.reminders.settings.states import ReminderInput, begin_input
from bot.telegram.filters import PLAIN_TEXT
from bot.telegram.replies import safe_edit
from bot.telegram.turn import Turn

QUIET_TYPED = re.compile(r"^(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})$")
NO_QUIET = frozenset({"нет", "no", "none", "off", "выкл", "0"})


def parse_quiet(text: str) -> tuple[int, int] | None:
    """ "23:00-08:00" → (1380, 480); "нет" → (0, 0); anything else → None."""
    cleaned = text.strip().lower()
    if cleaned in NO_QUIET:
        return 0, 0
    match = QUIET_TYPED.match(cleaned)
    if match is None:
        return None
    h1, m1, h2, m2 = (int(part) for part in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        return None
    return h1 * 60 + m1, h2 * 60 + m2


def quiet_preset(arg: str) -> tuple[int, int] | None:
    """A quiet-hours button's "start-end" (minutes), if it is one of ours."""
    start, _, end = arg.partition("-")
    if not (start.isdigit() and end.isdigit()):
        return None
    pair = (int(start), int(end))
    return pair if pair in render.QUIET_PRESETS or pair == (0, 0) else None


async def quiet_pressed(query: CallbackQuery, turn: Turn) -> None:
    if isinstance(query.message, Message):
        start, end = render.hhmm(turn.user.quiet_start), render.hhmm(turn.user.quiet_end)
        text = turn.t("rem-quiet-title", start=start, end=end)
        await safe_edit(query.message, text, render.quiet_keyboard(turn.t))


async def quiet_chosen(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    preset = quiet_preset(callback_data.arg)
    if preset is None:
        callback_answer.text = turn.t("stale-button")
        return
    control.set_quiet(turn.user, *preset)
    await turn.repo.flush()
    callback_answer.text = turn.t("rem-quiet-set")
    await show_menu(query, turn)


async def quiet_type_pressed(query: CallbackQuery, turn: Turn) -> None:
    if isinstance(query.message, Message):
        await begin_input(turn.state, ReminderInput.quiet)
        await query.message.answer(turn.t("rem-quiet-ask"))


async def quiet_typed(message: Message, turn: Turn) -> None:
    parsed = parse_quiet(message.text or "")
    if parsed is None:
        await message.answer(turn.t("rem-quiet-invalid"))
        return
    control.set_quiet(turn.user, *parsed)
    await turn.repo.flush()
    await typed_in(message, turn, turn.t("rem-quiet-set"))


def build_router() -> Router:
    router = Router(name="reminders.prefs")
    router.callback_query.register(quiet_pressed, RemCb.filter(F.action == "quiet"))
    router.callback_query.register(quiet_chosen, RemCb.filter(F.action == "qset"))
    router.callback_query.register(quiet_type_pressed, RemCb.filter(F.action == "qtype"))
    router.message.register(quiet_typed, StateFilter(ReminderInput.quiet), PLAIN_TEXT)
    return router
