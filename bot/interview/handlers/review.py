"""Logged interviews: the list, one interview, editing or deleting it, resuming a draft, the
synthesis."""

import asyncio

from aiogram import F, Router
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import Interview, ValueProposition
from bot.events import Events
from bot.interview import render
from bot.interview.access import INTERVIEW
from bot.interview.callbacks import IvCb, IvItemCb
from bot.interview.evidence import VersionEvidence
from bot.interview.log import flow as log_flow
from bot.interview.log import keyboards as log_keyboards
from bot.interview.log import service as log_service
from bot.interview.log import steps as log_steps
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.html_page import render_synthesis_html
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.replies import answer_long
from bot.telegram.text_limits import truncate_caption
from bot.telegram.turn import Turn
from bot.value_prop.card.image import render_card_png
from bot.value_prop.flow import card_data
from bot.value_prop.owned import FINISHED_VP
from bot.value_prop.service import snapshot


async def list_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    interviews = await turn.repo.interviews.interviews_for(vp.id)
    text = (
        turn.t("iv-list-title", count=len(interviews)) if interviews else turn.t("iv-list-empty")
    )
    await message.answer(text, reply_markup=render.list_keyboard(turn.t, vp.id, interviews))


async def item_pressed(
    query: CallbackQuery,
    callback_data: IvItemCb,
    vp: ValueProposition,
    interview: Interview,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
    events: Events,
) -> None:
    action, value = callback_data.action, callback_data.value
    if action == "view":
        await answer_long(
            message,
            render.interview_summary(turn.t, interview),
            reply_markup=render.interview_keyboard(turn.t, interview),
        )
    elif action == "del":
        yes: Button = (turn.t("btn-iv-delete-yes"), IvItemCb(action="delok", iv=interview.id))
        back: Button = (turn.t("btn-iv-back"), IvCb(action="list", vp=vp.id))
        text = turn.t("iv-delete-confirm", respondent=render.quote(interview.respondent))
        await message.answer(text, reply_markup=inline([[yes], [back]]))
    elif action == "delok":
        await turn.repo.interviews.delete_interview(interview)
        await turn.repo.flush()
        callback_answer.text = turn.t("iv-deleted")
        await list_pressed(query, vp, message, turn)
    elif action == "edit":
        keyboard = log_keyboards.part_keyboard(turn.t, interview)
        text = turn.t("iv-edit-interview-pick", respondent=render.quote(interview.respondent))
        await message.answer(text, reply_markup=keyboard)
    elif action == "resume" or (action == "part" and value in log_steps.PARTS):
        editing = action == "part"
        await log_steps.reopen(turn.repo, interview, value if editing else None)
        await turn.repo.flush()
        await log_flow.remember(turn.state, interview)
        if editing:
            await turn.state.update_data(editing=True)
        await log_flow.resume(message, turn, vp, interview, events)
    else:
        callback_answer.text = turn.t("stale-button")


async def synthesis_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    """The synthesis text, then the card with the progress and a status badge per hypothesis."""
    current = await snapshot(turn.repo, vp)
    interviews = await turn.repo.interviews.interviews_for(vp.id, done_only=True)
    result = synthesize(current.hypotheses(), log_service.records(interviews))
    await answer_long(message, render_synthesis_html(result, turn.t, goal=vp.interview_goal))
    proof = VersionEvidence(result, len(interviews), vp.interview_goal)
    card = card_data(turn.t, current, turn.user, turn.clock(), evidence=proof)
    png = await asyncio.to_thread(render_card_png, card)
    await message.answer_photo(
        BufferedInputFile(png, filename=f"value-proposition-{vp.id}-interviews.png"),
        caption=truncate_caption(
            turn.t("pcard-caption", name=render.quote(vp.name)) + "\n\n" + turn.t("pcard-legend")
        ),
        reply_markup=render.hub_keyboard(turn.t, vp, done=len(interviews)),
    )


def build_router() -> Router:
    router = Router(name="interview.review")
    own = Owned(FINISHED_VP)
    router.callback_query.register(list_pressed, IvCb.filter(F.action == "list"), own)
    router.callback_query.register(synthesis_pressed, IvCb.filter(F.action == "syn"), own)
    router.callback_query.register(item_pressed, IvItemCb.filter(), Owned(INTERVIEW))
    return router
