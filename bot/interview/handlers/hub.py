"""The interview hub of a finished value proposition, /interview and the interview goal."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.interview import render
from bot.interview.access import OwnFinishedVp, finished_vp
from bot.interview.callbacks import IvCb
from bot.telegram.keyboards import Button, inline
from bot.value_prop.versions.service import latest_finished

GOALS = range(1, 101)


async def send_hub(
    message: Message, t: Translator, repo: Repositories, vp: ValueProposition
) -> None:
    interviews = await repo.interviews.interviews_for(vp.id)
    done = sum(1 for interview in interviews if interview.status == "done")
    script = await repo.interviews.script_for(vp.id)
    text = render.hub_text(
        t,
        vp,
        done=done,
        drafts=len(interviews) - done,
        questions=len(script.questions) if script else 0,
    )
    await message.answer(text, reply_markup=render.hub_keyboard(t, vp, done=done))


def _label(t: Translator, vp: ValueProposition) -> str:
    """The proposition's name, with its version from v2 on."""
    if vp.version == 1:
        return vp.name
    return f"{vp.name} · {t('card-version', version=vp.version)}"


async def cmd_interview(message: Message, t: Translator, repo: Repositories, user: User) -> None:
    finished = await latest_finished(repo, user.id)  # earlier versions: from /list
    if not finished:
        await message.answer(t("iv-need-vp"), reply_markup=render.back_to_menu(t))
    elif len(finished) == 1:
        await send_hub(message, t, repo, finished[0])
    else:
        rows: list[list[Button]] = [
            [(_label(t, vp), IvCb(action="hub", vp=vp.id))] for vp in finished
        ]
        await message.answer(t("iv-pick-vp"), reply_markup=inline(rows))


async def hub_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
    repo: Repositories,
) -> None:
    await send_hub(message, t, repo, vp)


async def goal_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
) -> None:
    await message.answer(
        t("iv-goal-ask", goal=vp.interview_goal), reply_markup=render.goal_keyboard(t, vp.id)
    )


async def goal_chosen(
    query: CallbackQuery,
    callback_data: IvCb,
    t: Translator,
    repo: Repositories,
    user: User,
    callback_answer: CallbackAnswer,
) -> None:
    vp = await finished_vp(repo, user, callback_data.vp)
    if vp is None or callback_data.arg not in GOALS or not isinstance(query.message, Message):
        callback_answer.text = t("stale-button")
        return
    vp.interview_goal = callback_data.arg
    await repo.flush()
    callback_answer.text = t("iv-goal-set", goal=vp.interview_goal)
    await send_hub(query.message, t, repo, vp)


def build_router() -> Router:
    router = Router(name="interview.hub")
    router.message.register(cmd_interview, Command("interview"))
    router.callback_query.register(hub_pressed, IvCb.filter(F.action == "hub"), OwnFinishedVp())
    router.callback_query.register(goal_pressed, IvCb.filter(F.action == "goal"), OwnFinishedVp())
    router.callback_query.register(goal_chosen, IvCb.filter(F.action == "setgoal"))
    return router
