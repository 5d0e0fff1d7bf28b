""" "Продолжить" under a nudge: the founder lands on the question the dialogue is waiting for."""

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from bot.dialogues import Dialogues
from bot.events import Events, Visit
from bot.onboarding.menu import main_menu
from bot.reminders.callbacks import NudgeCb
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn


async def continue_pressed(
    query: CallbackQuery, turn: Turn, dialogues: Dialogues, events: Events
) -> None:
    """Re-ask the pending question (state is the truth; the nudge only says where to look)."""
    message = query.message
    if not isinstance(message, Message):
        return
    await drop_keyboard(message)
    visit = Visit(message, turn.t, turn.state, turn.repo, turn.user, turn.clock, events)
    if not await dialogues.resume(
        visit, await turn.state.get_state(), await turn.state.get_data()
    ):
        await message.answer(turn.t("rem-nudge-nothing"), reply_markup=main_menu(turn.t))


def build_router() -> Router:
    router = Router(name="reminders.nudge")
    router.callback_query.register(continue_pressed, NudgeCb.filter())
    return router
