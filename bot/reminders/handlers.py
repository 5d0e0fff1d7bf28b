"""Reminder settings dialogue (/reminders, /stop), nudges' "continue", cadence and check-in."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import Message

from bot.i18n import Translator
from bot.reminders import (
    handlers_cadence,
    handlers_cadence_typed,
    handlers_checkin,
    handlers_checkin_setup,
    handlers_menu,
    handlers_nudge,
    handlers_prefs,
    handlers_zone,
)
from bot.reminders.states import CheckinDialog, ReminderInput


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
