""" "Продолжить" under a nudge: the founder lands on the question the dialogue is waiting for."""

from aiogram import Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import I18n, Translator
from bot.interview.access import finished_vp, own_interview
from bot.interview.log import flow as log_flow
from bot.interview.states import InterviewDialog
from bot.onboarding.menu import main_menu
from bot.reminders.callbacks import NudgeCb
from bot.reminders.nudges.planning import INTERVIEW_STATES, VP_STATES
from bot.telegram.replies import drop_keyboard
from bot.value_prop import flow
from bot.value_prop.service import snapshot
from bot.value_prop.states import field_of_state


async def _resume_vp(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    current: str,
) -> bool:
    data = await state.get_data()
    vp_id = data.get("vp_id")
    vp = await repo.value_props.owned(int(vp_id), user.id) if vp_id else None
    if vp is None:
        return False
    current_vp = await snapshot(repo, vp)
    field = field_of_state(current)
    if field is None:  # waiting at the review
        await flow.show_review(message, t, state, current_vp)
    else:
        review = bool(data.get("return_to_review"))
        await flow.repeat_question(message, t, current_vp, field, return_to_review=review)
    return True


async def _resume_interview(
    message: Message,
    t: Translator,
    i18n: I18n,
    state: FSMContext,
    repo: Repositories,
    user: User,
    current: str,
) -> bool:
    data = await state.get_data()
    if current == InterviewDialog.respondent.state:
        vp = await finished_vp(repo, user, int(data.get("vp_id") or 0))
        if vp is None:
            return False
        await log_flow.ask_respondent(message, t, state, vp)
        return True
    found = await own_interview(repo, user, int(data.get("iv_id") or 0))
    if found is None:
        return False
    await log_flow.resume(message, t, state, repo, *found, i18n=i18n)
    return True


async def continue_pressed(
    query: CallbackQuery,
    t: Translator,
    i18n: I18n,
    state: FSMContext,
    repo: Repositories,
    user: User,
) -> None:
    """Re-ask the pending question (state is the truth; the nudge only says where to look)."""
    message = query.message
    if not isinstance(message, Message):
        return
    await drop_keyboard(message)
    current = await state.get_state()
    resumed = False
    if current is not None and current in VP_STATES:
        resumed = await _resume_vp(message, t, state, repo, user, current)
    elif current is not None and current in INTERVIEW_STATES:
        resumed = await _resume_interview(message, t, i18n, state, repo, user, current)
    if not resumed:
        await message.answer(t("rem-nudge-nothing"), reply_markup=main_menu(t))


def build_router() -> Router:
    router = Router(name="reminders.nudge")
    router.callback_query.register(continue_pressed, NudgeCb.filter())
    return router
