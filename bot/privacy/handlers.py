"""/privacy: what is stored, why, and for how long."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.i18n import Translator
from bot.telegram.callbacks import MenuCb


async def cmd_privacy(message: Message, t: Translator) -> None:
    await message.answer(t("privacy"))


async def privacy_pressed(query: CallbackQuery, t: Translator) -> None:
    if isinstance(query.message, Message):
        await query.message.answer(t("privacy"))


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="privacy")
    router.message.register(cmd_privacy, Command("privacy"))
    router.callback_query.register(privacy_pressed, MenuCb.filter(F.action == "privacy"))
    return router
