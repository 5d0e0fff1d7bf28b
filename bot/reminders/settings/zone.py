"""The time zone: a Russian city on a button, or typed (a city in any language, an offset), or
the zone of a shared location."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import (
    CallbackQuery,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from aiogram.utils.callback_answer import CallbackAnswer

from bot.i18n import I18n
from bot.reminders.callbacks import RemCb
from bot.reminders.settings import control, render
from bot.reminders.settings.menu import show_menu, typed_in
from bot.reminders.settings.states import ReminderInput, begin_input
from bot.reminders.zones import place_lookup
from bot.reminders.zones.choices import RUSSIAN_ZONES, parse_zone
from bot.telegram.filters import PLAIN_TEXT
from bot.telegram.replies import safe_edit
from bot.telegram.turn import Turn

ZONES = frozenset(zone for _, zone in RUSSIAN_ZONES)


async def zone_pressed(query: CallbackQuery, turn: Turn) -> None:
    if isinstance(query.message, Message):
        label = render.zone_label(turn.t, turn.user.timezone, turn.clock())
        text = turn.t("rem-zone-title", zone=label)
        await safe_edit(query.message, text, render.zone_keyboard(turn.t))


async def _apply_zone(zone: str, turn: Turn) -> str:
    horizon = turn.settings.reminders.horizon
    await control.set_timezone(
        turn.repo.session, turn.user, zone, now=turn.clock(), horizon=horizon
    )
    await turn.repo.flush()
    return turn.t("rem-zone-set", zone=render.zone_label(turn.t, zone, turn.clock()))


async def zone_chosen(
    query: CallbackQuery, callback_data: RemCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    if callback_data.arg not in ZONES:
        callback_answer.text = turn.t("stale-button")
        return
    callback_answer.text = await _apply_zone(callback_data.arg, turn)
    await show_menu(query, turn)


async def zone_type_pressed(query: CallbackQuery, turn: Turn) -> None:
    if isinstance(query.message, Message):
        await begin_input(turn.state, ReminderInput.timezone)
        # Telegram's own button shares the location (on phones); the zone is found offline.
        share = KeyboardButton(text=turn.t("btn-rem-zone-location"), request_location=True)
        keyboard = ReplyKeyboardMarkup(
            keyboard=[[share]], resize_keyboard=True, one_time_keyboard=True
        )
        await query.message.answer(turn.t("rem-zone-ask"), reply_markup=keyboard)


def city_aliases(i18n: I18n) -> dict[str, str]:
    """City names of the buttons, in every language, as typed names of their zones."""
    return {
        translator(f"tz-city-{key}"): zone
        for translator in i18n.translators.values()
        for key, zone in RUSSIAN_ZONES
    }


async def zone_typed(message: Message, turn: Turn, i18n: I18n) -> None:
    typed = message.text or ""
    if typed in {tr("btn-rem-zone-location") for tr in i18n.translators.values()}:
        # A client that cannot share a location (a desktop app, the terminal) sends the label.
        await message.answer(turn.t("rem-zone-location-unavailable"))
        return
    zone = parse_zone(typed, city_aliases(i18n)) or await place_lookup.zone_of_city(typed)
    await _zone_found(message, zone, turn)


async def zone_located(message: Message, turn: Turn) -> None:
    """A shared location: its zone, looked up offline (the message is in the transcript)."""
    where = message.location
    zone = await place_lookup.zone_of_point(where.latitude, where.longitude) if where else None
    await _zone_found(message, zone, turn)


async def _zone_found(message: Message, zone: str | None, turn: Turn) -> None:
    if zone is None:
        await message.answer(turn.t("rem-zone-invalid"))
        return
    text = await _apply_zone(zone, turn)
    await typed_in(message, turn, text, reply_markup=ReplyKeyboardRemove())


def build_router() -> Router:
    router = Router(name="reminders.zone")
    router.callback_query.register(zone_pressed, RemCb.filter(F.action == "tz"))
    router.callback_query.register(zone_chosen, RemCb.filter(F.action == "tzset"))
    router.callback_query.register(zone_type_pressed, RemCb.filter(F.action == "tztype"))
    router.message.register(zone_typed, StateFilter(ReminderInput.timezone), PLAIN_TEXT)
    return router
