"""/reminders and /stop: what is coming, snooze, pause, all off/on, kinds of reminders."""

from typing import Any, Literal

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.dates import zone_of
from bot.db.models import ReminderOccurrence
from bot.reminders.callbacks import RemCb
from bot.reminders.outbox.reminders import active
from bot.reminders.owned import pending_occurrence
from bot.reminders.rules import KINDS, Kind, parse_kinds
from bot.reminders.settings import control, render
from bot.reminders.settings.states import end_input
from bot.telegram.ownership import Owned
from bot.telegram.replies import safe_edit
from bot.telegram.turn import Turn


async def menu_parts(turn: Turn) -> tuple[str, InlineKeyboardMarkup]:
    t, user, session, now = turn.t, turn.user, turn.repo.session, turn.clock()
    items = [] if user.reminders_off else await control.upcoming(session, user, now=now)
    checkin_on = await active(session, user.id, Kind.CHECKIN) is not None and (
        Kind.CHECKIN not in parse_kinds(user.reminder_kinds_off)
    )
    return (
        render.menu_text(t, user, items, now),
        render.menu_keyboard(t, user, items, now, checkin_on=checkin_on),
    )


async def send_menu(message: Message, turn: Turn) -> None:
    """The menu as a new message (also /reminders)."""
    text, keyboard = await menu_parts(turn)
    await message.answer(text, reply_markup=keyboard)


async def show_menu(query: CallbackQuery, turn: Turn) -> None:
    """Redraw the menu in the message the button belongs to."""
    if isinstance(query.message, Message):
        text, keyboard = await menu_parts(turn)
        await safe_edit(query.message, text, keyboard)


async def typed_in(message: Message, turn: Turn, text: str, **kwargs: Any) -> None:
    """A typed setting is stored: leave the input state, confirm it, show the menu."""
    await end_input(turn.state)
    await message.answer(text, **kwargs)
    await send_menu(message, turn)


async def cmd_stop(message: Message, turn: Turn) -> None:
    turn.user.reminders_off = True
    await turn.repo.flush()
    await message.answer(turn.t("rem-stop-done"))


async def menu_pressed(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """ "Back" redraws the menu in place; the button under a delivered reminder opens a new one.

    A snooze the ``Owned`` filter refused (sent, cancelled or not the user's) says so and
    redraws the menu as it is.
    """
    if callback_data.action == "snz":
        callback_answer.text = turn.t("rem-gone")
    if callback_data.action in {"menu", "snz"}:
        await show_menu(query, turn)
    elif isinstance(query.message, Message):
        await send_menu(query.message, turn)


async def snooze_pressed(
    query: CallbackQuery,
    callback_data: RemCb,
    occurrence: ReminderOccurrence,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    how: Literal["hour", "day"] = "day" if callback_data.arg == "day" else "hour"
    moved = await control.snooze(
        turn.repo.session, turn.user, occurrence.id, how=how, now=turn.clock()
    )
    if moved is None:
        callback_answer.text = turn.t("rem-gone")
    else:
        await turn.repo.flush()
        when = render.when(turn.t, moved, zone_of(turn.user.timezone))
        callback_answer.text = turn.t("rem-snoozed", when=when)
    await show_menu(query, turn)


async def switch_pressed(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """Pause, resume, all off, all on."""
    now = turn.clock()
    action = callback_data.action
    if action == "pause":
        until = control.pause(turn.user, now=now)
        when = render.when(turn.t, until, zone_of(turn.user.timezone))
        callback_answer.text = turn.t("rem-paused", until=when)
    elif action == "resume":
        turn.user.reminders_paused_until = None
        callback_answer.text = turn.t("rem-resumed")
    elif action == "stop":
        turn.user.reminders_off = True
        callback_answer.text = turn.t("rem-stopped")
    else:
        horizon = turn.settings.reminders.horizon
        await control.turn_on(turn.repo.session, turn.user, now=now, horizon=horizon)
        callback_answer.text = turn.t("rem-on")
    await turn.repo.flush()
    await show_menu(query, turn)


async def kinds_pressed(query: CallbackQuery, turn: Turn) -> None:
    if isinstance(query.message, Message):
        text = render.kinds_text(turn.t, turn.user, turn.clock())
        await safe_edit(query.message, text, render.kinds_keyboard(turn.t, turn.user))


async def kind_toggled(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    if callback_data.arg not in set(KINDS) or not isinstance(query.message, Message):
        callback_answer.text = turn.t("stale-button")
        return
    kind = Kind(callback_data.arg)
    now_on = control.toggle_kind(turn.user, kind)
    await turn.repo.flush()
    label = render.kind_label(turn.t, kind)
    callback_answer.text = turn.t("rem-kind-now-on" if now_on else "rem-kind-now-off", kind=label)
    await kinds_pressed(query, turn)


def build_router() -> Router:
    router = Router(name="reminders.menu")
    router.message.register(send_menu, Command("reminders"))
    router.message.register(cmd_stop, Command("stop"))
    router.callback_query.register(menu_pressed, RemCb.filter(F.action.in_({"menu", "open"})))
    snooze = RemCb.filter(F.action == "snz")
    router.callback_query.register(snooze_pressed, snooze, Owned(pending_occurrence))
    router.callback_query.register(menu_pressed, snooze)
    router.callback_query.register(
        switch_pressed, RemCb.filter(F.action.in_({"pause", "resume", "stop", "on"}))
    )
    router.callback_query.register(kinds_pressed, RemCb.filter(F.action == "kinds"))
    router.callback_query.register(kind_toggled, RemCb.filter(F.action == "kind"))
    return router
