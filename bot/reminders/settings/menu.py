"""/reminders and /stop: what is coming, snooze, pause, all off/on, kinds of reminders."""

from datetime import timedelta
from typing import Literal

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.config import Settings
from bot.dates import zone_of
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.reminders.callbacks import RemCb
from bot.reminders.rules import KINDS, Kind, parse_kinds
from bot.reminders.settings import control, render
from bot.reminders.settings.cadence_service import active
from bot.telegram.replies import safe_edit


async def menu_parts(
    t: Translator, repo: Repositories, user: User, clock: Clock
) -> tuple[str, InlineKeyboardMarkup]:
    now = clock()
    items = [] if user.reminders_off else await control.upcoming(repo.session, user, now=now)
    checkin_on = await active(repo.session, user.id, Kind.CHECKIN) is not None and (
        Kind.CHECKIN not in parse_kinds(user.reminder_kinds_off)
    )
    return (
        render.menu_text(t, user, items, now),
        render.menu_keyboard(t, user, items, now, checkin_on=checkin_on),
    )


async def send_menu(
    message: Message, t: Translator, repo: Repositories, user: User, clock: Clock
) -> None:
    text, keyboard = await menu_parts(t, repo, user, clock)
    await message.answer(text, reply_markup=keyboard)


async def show_menu(
    query: CallbackQuery, t: Translator, repo: Repositories, user: User, clock: Clock
) -> None:
    """Redraw the menu in the message the button belongs to."""
    if isinstance(query.message, Message):
        text, keyboard = await menu_parts(t, repo, user, clock)
        await safe_edit(query.message, text, keyboard)


async def cmd_reminders(
    message: Message, t: Translator, repo: Repositories, user: User, clock: Clock
) -> None:
    await send_menu(message, t, repo, user, clock)


async def cmd_stop(message: Message, t: Translator, repo: Repositories, user: User) -> None:
    control.set_all_off(user, off=True)
    await repo.flush()
    await message.answer(t("rem-stop-done"))


async def menu_pressed(
    query: CallbackQuery,
    callback_data: RemCb,
    t: Translator,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    """ "Back" redraws the menu in place; the button under a delivered reminder opens a new one."""
    if callback_data.action == "menu":
        await show_menu(query, t, repo, user, clock)
    elif isinstance(query.message, Message):
        await send_menu(query.message, t, repo, user, clock)


async def snooze_pressed(
    query: CallbackQuery,
    callback_data: RemCb,
    t: Translator,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    how: Literal["hour", "day"] = "day" if callback_data.arg == "day" else "hour"
    moved = await control.snooze(repo.session, user, callback_data.occ, how=how, now=clock())
    if moved is None:
        callback_answer.text = t("rem-gone")
    else:
        await repo.flush()
        callback_answer.text = t("rem-snoozed", when=render.when(t, moved, zone_of(user.timezone)))
    await show_menu(query, t, repo, user, clock)


async def switch_pressed(
    query: CallbackQuery,
    callback_data: RemCb,
    t: Translator,
    repo: Repositories,
    user: User,
    clock: Clock,
    settings: Settings,
    callback_answer: CallbackAnswer,
) -> None:
    """Pause, resume, all off, all on."""
    now = clock()
    action = callback_data.action
    if action == "pause":
        until = control.pause(user, now=now)
        callback_answer.text = t("rem-paused", until=render.when(t, until, zone_of(user.timezone)))
    elif action == "resume":
        control.resume(user)
        callback_answer.text = t("rem-resumed")
    elif action == "stop":
        control.set_all_off(user, off=True)
        callback_answer.text = t("rem-stopped")
    else:
        horizon = timedelta(days=settings.reminders.horizon_days)
        await control.turn_on(repo.session, user, now=now, horizon=horizon)
        callback_answer.text = t("rem-on")
    await repo.flush()
    await show_menu(query, t, repo, user, clock)


async def kinds_pressed(query: CallbackQuery, t: Translator, user: User, clock: Clock) -> None:
    if isinstance(query.message, Message):
        text = render.kinds_text(t, user, clock())
        await safe_edit(query.message, text, render.kinds_keyboard(t, user))


async def kind_toggled(
    query: CallbackQuery,
    callback_data: RemCb,
    t: Translator,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.arg not in set(KINDS) or not isinstance(query.message, Message):
        callback_answer.text = t("stale-button")
        return
    kind = Kind(callback_data.arg)
    now_on = control.toggle_kind(user, kind)
    await repo.flush()
    label = render.kind_label(t, kind)
    callback_answer.text = t("rem-kind-now-on" if now_on else "rem-kind-now-off", kind=label)
    text = render.kinds_text(t, user, clock())
    await safe_edit(query.message, text, render.kinds_keyboard(t, user))


def build_router() -> Router:
    router = Router(name="reminders.menu")
    router.message.register(cmd_reminders, Command("reminders"))
    router.message.register(cmd_stop, Command("stop"))
    router.callback_query.register(menu_pressed, RemCb.filter(F.action.in_({"menu", "open"})))
    router.callback_query.register(snooze_pressed, RemCb.filter(F.action == "snz"))
    router.callback_query.register(
        switch_pressed, RemCb.filter(F.action.in_({"pause", "resume", "stop", "on"}))
    )
    router.callback_query.register(kinds_pressed, RemCb.filter(F.action == "kinds"))
    router.callback_query.register(kind_toggled, RemCb.filter(F.action == "kind"))
    return router
