"""Last router: whatever no other handler took gets a clear, friendly answer; state is kept."""

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.i18n import Translator
from bot.onboarding.consent import ConsentGiven, notice_keyboard, notice_text
from bot.onboarding.menu import main_menu
from bot.telegram.filters import OnLoop
from bot.telegram.ownership import refuse_with


async def no_sender(message: Message) -> None:
    """Channel posts and anonymous admins: nothing to answer."""


async def consent_missing(message: Message, t: Translator) -> None:
    """Before consent nothing else is open: repeat why, and the notice with its button."""
    await message.answer(t("consent-required"))
    await message.answer(notice_text(t), reply_markup=notice_keyboard(t))


async def unknown_command(message: Message, t: Translator, state: FSMContext) -> None:
    in_dialogue = await state.get_state() is not None
    await message.answer(t("unknown-command-dialogue" if in_dialogue else "unknown-command"))


async def anything_else(message: Message, t: Translator, state: FSMContext) -> None:
    if await state.get_state() is not None:
        await message.answer(t("use-buttons"))
        return
    key = "not-understood-text" if message.text else "not-understood-media"
    await message.answer(t(key), reply_markup=main_menu(t))


def build_router() -> Router:
    router = Router(name="fallback")
    router.message.register(no_sender, OnLoop(~F.from_user))
    router.message.register(consent_missing, ~ConsentGiven())
    router.message.register(unknown_command, OnLoop(F.text.startswith("/")))
    router.message.register(anything_else)
    # Old, foreign or forged buttons: a neutral answer and nothing else.
    router.callback_query.register(refuse_with("stale-button"))
    return router
