"""Reminder settings dialogue (/reminders, /stop), nudges' "continue", cadence and check-in."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import Message

from bot.i18n import Translator
from bot.reminders.nudges import handlers as handlers_nudge
from bot.reminders.settings import cadence_buttons as handlers_cadence
from bot.reminders.settings import cadence_typed as handlers_cadence_typed
from bot.reminders.settings import checkin as handlers_checkin
from bot.reminders.settings import checkin_setup as handlers_checkin_setup
from bot.reminders.settings import menu as handlers_menu
from bot.reminders.settings import quiet_hours as handlers_prefs
from bot.reminders.settings import zone as handlers_zone
from bot.reminders.settings.states import CheckinDialog, ReminderInput


async def text_please(message: Message, t: Translator) -> None:
    """A sticker or a photo where a typed zone, time, date or check-in answer is expected."""
    await message.answer(t("rem-text-please"))


def build_router() -> Router:
    router = Router(name="reminders")
    router.include_routers(
        handlers_menu.build_router(),
        handlers_prefs.build_router(),
        handlers_zone.build_router(),
        handlers_cadence.build_router(),
        handlers_cadence_typed.build_router(),
        handlers_checkin_setup.build_router(),
        handlers_checkin.build_router(),
        handlers_nudge.build_router(),
    )
    # A shared location answers the zone question; this router's own handlers run before
    # its sub-routers', so it is registered here, ahead of "type it, please".
    router.message.register(handlers_zone.zone_located, ReminderInput.timezone, F.location)
    router.message.register(text_please, StateFilter(ReminderInput, CheckinDialog), ~F.text)
    return router
