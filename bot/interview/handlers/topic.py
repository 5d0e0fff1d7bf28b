"""Opening the script: the topic the founder confirms or types before the first build, then the
script itself."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition
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


async def ask_topic(message: Message, turn: Turn, vp: ValueProposition) -> None:
    """Before the first script: propose the topic to confirm, or ask for one."""
    proposed = await script_service.proposed_topic(turn.repo, vp=vp)
    await turn.state.set_state(ScriptDialog.topic)
    await turn.state.set_data({"vp_id": vp.id, "topic": proposed})
    if proposed is None:
        await message.answer(turn.t("iv-topic-ask"))
        return
    await message.answer(
        turn.t("iv-topic-propose", topic=render.quote(proposed)),
        reply_markup=render.topic_keyboard(turn.t, vp.id, proposed),
    )


async def script_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    if await turn.state.get_state() in {InterviewDialog.question.state, ScriptDialog.topic.state}:
        await turn.state.clear()
    if await turn.repo.interviews.script_for(vp.id) is None:
        await ask_topic(message, turn, vp)
        return
    await send_script(message, turn, vp)


async def topic_pressed(
    query: CallbackQuery,
    callback_data: IvCb,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    """The proposed topic confirmed ("topicok"), or another one to be typed ("topicnew")."""
    data = await turn.state.get_data()
    asked = await turn.state.get_state() == ScriptDialog.topic.state and data.get("vp_id") == vp.id
    topic = data.get("topic") if asked else None
    if asked and callback_data.action == "topicnew":
        await message.answer(turn.t("iv-topic-ask"))
    elif not isinstance(topic, str) or await turn.repo.interviews.script_for(vp.id) is not None:
        callback_answer.text = turn.t("stale-button")
    else:
        await turn.state.clear()
        await send_script(message, turn, vp, topic=topic)


async def topic_entered(message: Message, vp: ValueProposition, turn: Turn) -> None:
    topic = clean_topic(message.text)
    if topic is None:
        await message.answer(turn.t("iv-topic-invalid", limit=TOPIC_MAX))
        return
    await turn.state.clear()
    if await turn.repo.interviews.script_for(vp.id) is not None:
        topic = None  # built meanwhile (another device): show it as it is
    await send_script(message, turn, vp, topic=topic)


def build_router() -> Router:
    router = Router(name="interview.topic")
    own = Owned(FINISHED_VP)
    router.callback_query.register(script_pressed, IvCb.filter(F.action == "script"), own)
    topic_buttons = IvCb.filter(F.action.in_({"topicok", "topicnew"}))
    router.callback_query.register(topic_pressed, topic_buttons, own)
    asked = StateFilter(ScriptDialog.topic)
    router.message.register(topic_entered, asked, PLAIN_TEXT, own)
    router.message.register(forget_with("vp-lost"), asked, PLAIN_TEXT)
    router.message.register(refuse_with("iv-topic-text-please"), asked, NO_TEXT)
    return router
