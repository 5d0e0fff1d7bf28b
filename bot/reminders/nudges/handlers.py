""" "Продолжить" under a nudge: the founder lands on the question the dialogue is waiting for."""

from aiogram import Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.clock import Clock
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.dialogues import Dialogues
from bot.events import Events, Visit
from bot.i18n import Translator
from bot.onboarding.menu import main_menu
from bot.reminders.callbacks import NudgeCb
from bot.telegram.replies import drop_keyboard


async def continue_pressed(
    query: CallbackQuery,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    dialogues: Dialogues,
    events: Events,
) -> None:
    """Re-ask the pending question (state is the truth; the nudge only says where to look)."""
    message = query.message
    if not isinstance(message, Message):
        return
    await drop_keyboard(message)
    visit = Visit(message, t, state, repo, user, clock, events)
    if not await dialogues.resume(visit, await state.get_state(), await state.get_data()):
        await message.answer(t("rem-nudge-nothing"), reply_markup=main_menu(t))


def build_router() -> Router:
    router = Router(name="reminders.nudge")
    router.callback_query.register(continue_pressed, NudgeCb.filter())
    return router
