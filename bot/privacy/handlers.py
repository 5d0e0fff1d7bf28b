"""/privacy: what is stored, why, and for how long; before consent, with the consent button."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.db.models import User
from bot.i18n import Translator
from bot.onboarding.consent import consent_keyboard, has_current_consent
from bot.telegram.callbacks import MenuCb
from bot.telegram.turn import Turn


def _keyboard(t: Translator, user: User | None) -> InlineKeyboardMarkup | None:
    return None if has_current_consent(user) else consent_keyboard(t)


async def cmd_privacy(message: Message, turn: Turn, user: User | None = None) -> None:
    await message.answer(turn.t("privacy"), reply_markup=_keyboard(turn.t, user))


async def privacy_pressed(query: CallbackQuery, turn: Turn, user: User | None = None) -> None:
    if isinstance(query.message, Message):
        await query.message.answer(turn.t("privacy"), reply_markup=_keyboard(turn.t, user))


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="privacy")
    router.message.register(cmd_privacy, Command("privacy"))
    router.callback_query.register(privacy_pressed, MenuCb.filter(F.action == "privacy"))
    return router
