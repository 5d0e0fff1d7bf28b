"""Opening the script: the topic the founder confirms or types before the first build, then the
script itself."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.interview import render
from bot.interview.callbacks import IvCb
from bot.interview.handlers.script import send_script
from bot.interview.script import service as script_service
from bot.interview.script.topic import TOPIC_MAX, clean_topic
from bot.interview.states import InterviewDialog, ScriptDialog
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.ownership import Owned, forget_with, refuse_with
from bot.telegram.turn import Turn
from bot.value_prop.owned import FINISHED_VP


async def ask_topic(
    message: Message, t: Translator, state: FSMContext, repo: Repositories, vp: ValueProposition
) -> None:
    """Before the first script: propose the topic to confirm, or ask for one."""
    proposed = await script_service.proposed_topic(repo, vp=vp)
    await state.set_state(ScriptDialog.topic)
    await state.set_data({"vp_id": vp.id, "topic": proposed})
    if proposed is None:
        await message.answer(t("iv-topic-ask"))
        return
    await message.answer(
        t("iv-topic-propose", topic=render.quote(proposed)),
        reply_markup=render.topic_keyboard(t, vp.id, proposed),
    )


async def script_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    if await turn.state.get_state() in {InterviewDialog.question.state, ScriptDialog.topic.state}:
        await turn.state.clear()
    if await turn.repo.interviews.script_for(vp.id) is None:
        await ask_topic(message, turn.t, turn.state, turn.repo, vp)
        return
    await send_script(message, turn.t, turn.repo, vp, turn.clock)


async def topic_confirmed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    data = await turn.state.get_data()
    topic = data.get("topic")
    if await turn.state.get_state() != ScriptDialog.topic.state or data.get("vp_id") != vp.id:
        topic = None
    if not isinstance(topic, str) or await turn.repo.interviews.script_for(vp.id) is not None:
        callback_answer.text = turn.t("stale-button")
        return
    await turn.state.clear()
    await send_script(message, turn.t, turn.repo, vp, turn.clock, topic=topic)


async def topic_other_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    data = await turn.state.get_data()
    if await turn.state.get_state() != ScriptDialog.topic.state or data.get("vp_id") != vp.id:
        callback_answer.text = turn.t("stale-button")
        return
    await message.answer(turn.t("iv-topic-ask"))


async def topic_entered(message: Message, vp: ValueProposition, turn: Turn) -> None:
    topic = clean_topic(message.text)
    if topic is None:
        await message.answer(turn.t("iv-topic-invalid", limit=TOPIC_MAX))
        return
    await turn.state.clear()
    if await turn.repo.interviews.script_for(vp.id) is not None:
        topic = None  # built meanwhile (another device): show it as it is
    await send_script(message, turn.t, turn.repo, vp, turn.clock, topic=topic)


def build_router() -> Router:
    router = Router(name="interview.topic")
    own = Owned(FINISHED_VP)
    router.callback_query.register(script_pressed, IvCb.filter(F.action == "script"), own)
    router.callback_query.register(topic_confirmed, IvCb.filter(F.action == "topicok"), own)
    router.callback_query.register(topic_other_pressed, IvCb.filter(F.action == "topicnew"), own)
    asked = StateFilter(ScriptDialog.topic)
    router.message.register(topic_entered, asked, PLAIN_TEXT, own)
    router.message.register(forget_with("vp-lost"), asked, PLAIN_TEXT)
    router.message.register(refuse_with("iv-topic-text-please"), asked, NO_TEXT)
    return router
