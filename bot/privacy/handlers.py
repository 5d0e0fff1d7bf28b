"""/privacy: what is stored, why, and for how long; before consent, with the consent button."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.db.models import User
from bot.onboarding.consent import consent_keyboard, has_current_consent
from bot.telegram.callbacks import MenuCb
from bot.telegram.turn import Turn


async def show_privacy(
    event: Message | CallbackQuery, turn: Turn, user: User | None = None
) -> None:
    """The notice, for /privacy and the menu's button; the consent button until consent."""
    message = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(message, Message):
        keyboard = None if has_current_consent(user) else consent_keyboard(turn.t)
        await message.answer(turn.t("privacy"), reply_markup=keyboard)


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="privacy")
    router.message.register(show_privacy, Command("privacy"))
    router.callback_query.register(show_privacy, MenuCb.filter(F.action == "privacy"))
    return router
