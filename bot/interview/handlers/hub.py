"""The interview hub of a finished value proposition, /interview and the interview goal."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition
from bot.i18n import Translator
from bot.interview import render
from bot.interview.callbacks import IvCb
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.turn import Turn
from bot.value_prop.owned import FINISHED_VP
from bot.value_prop.versions.service import latest_finished

GOALS = range(1, 101)


async def send_hub(message: Message, turn: Turn, vp: ValueProposition) -> None:
    interviews = await turn.repo.interviews.interviews_for(vp.id)
    done = sum(1 for interview in interviews if interview.status == "done")
    script = await turn.repo.interviews.script_for(vp.id)
    questions = len(script.questions) if script else 0
    text = render.hub_text(
        turn.t, vp, done=done, drafts=len(interviews) - done, questions=questions
    )
    await message.answer(text, reply_markup=render.hub_keyboard(turn.t, vp, done=done))


def _label(t: Translator, vp: ValueProposition) -> str:
    """The proposition's name, with its version from v2 on."""
    return vp.name if vp.version == 1 else f"{vp.name} · {t('card-version', version=vp.version)}"


async def cmd_interview(message: Message, turn: Turn) -> None:
    finished = await latest_finished(turn.repo, turn.user.id)  # earlier versions: from /list
    if not finished:
        mine: Button = (turn.t("btn-my-vps"), MenuCb(action="list"))
        await message.answer(turn.t("iv-need-vp"), reply_markup=inline([[mine]]))
    elif len(finished) == 1:
        await send_hub(message, turn, finished[0])
    else:
        rows: list[list[Button]] = [
            [(_label(turn.t, vp), IvCb(action="hub", vp=vp.id))] for vp in finished
        ]
        await message.answer(turn.t("iv-pick-vp"), reply_markup=inline(rows))


async def hub_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    await send_hub(message, turn, vp)


async def goal_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    keyboard = render.goal_keyboard(turn.t, vp.id)
    await message.answer(turn.t("iv-goal-ask", goal=vp.interview_goal), reply_markup=keyboard)


async def goal_chosen(
    query: CallbackQuery,
    callback_data: IvCb,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.arg not in GOALS:
        callback_answer.text = turn.t("stale-button")
        return
    vp.interview_goal = callback_data.arg
    await turn.repo.flush()
    callback_answer.text = turn.t("iv-goal-set", goal=vp.interview_goal)
    await send_hub(message, turn, vp)


def build_router() -> Router:
    router = Router(name="interview.hub")
    router.message.register(cmd_interview, Command("interview"))
    own = Owned(FINISHED_VP)
    router.callback_query.register(hub_pressed, IvCb.filter(F.action == "hub"), own)
    router.callback_query.register(goal_pressed, IvCb.filter(F.action == "goal"), own)
    router.callback_query.register(goal_chosen, IvCb.filter(F.action == "setgoal"), own)
    return router
