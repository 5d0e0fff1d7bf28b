"""Reminder settings dialogue (/reminders, /stop), nudges' "continue", cadence and check-in."""

from aiogram import F, Router
from aiogram.filters import StateFilter

from bot.reminders.nudges import handlers as nudges
from bot.reminders.settings import (
    cadence_buttons,
    cadence_typed,
    checkin,
    checkin_setup,
    menu,
    quiet_hours,
    zone,
)
from bot.reminders.settings.states import CheckinDialog, ReminderInput
from bot.telegram.filters import NO_TEXT, OnLoop
from bot.telegram.ownership import refuse_with


def build_router() -> Router:
    router = Router(name="reminders")
    settings = (menu, quiet_hours, zone, cadence_buttons, cadence_typed, checkin_setup, checkin)
    router.include_routers(*(module.build_router() for module in (*settings, nudges)))
    # A shared location answers the zone question; this router's own handlers run before
    # its sub-routers', so it is registered here, ahead of "type it, please".
    router.message.register(
        zone.zone_located, StateFilter(ReminderInput.timezone), OnLoop(F.location)
    )
    # A sticker or a photo where a typed zone, time, date or check-in answer is expected.
    text_please = refuse_with("rem-text-please")
    router.message.register(text_please, StateFilter(ReminderInput, CheckinDialog), NO_TEXT)
    return router
