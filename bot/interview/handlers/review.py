"""Logged interviews: the list, one interview, editing or deleting it, resuming a draft, the
synthesis."""

import asyncio
from dataclasses import replace
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.interview import render
from bot.interview.access import OwnFinishedVp, own_interview
from bot.interview.callbacks import IvCb, IvItemCb
from bot.interview.log import flow as log_flow
from bot.interview.log import keyboards as log_keyboards
from bot.interview.log import service as log_service
from bot.interview.log import steps as log_steps
from bot.interview.progress_card import build_progress_card
from bot.interview.synthesis.build import render_synthesis_html, synthesize
from bot.telegram.keyboards import inline
from bot.telegram.replies import answer_long
from bot.telegram.text_limits import truncate_caption
from bot.value_prop.card.image import render_card_png
from bot.value_prop.service import snapshot


async def list_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
    repo: Repositories,
) -> None:
    interviews = await repo.interviews.interviews_for(vp.id)
    text = t("iv-list-title", count=len(interviews)) if interviews else t("iv-list-empty")
    await message.answer(text, reply_markup=render.list_keyboard(t, vp.id, interviews))


async def item_pressed(
    query: CallbackQuery,
    callback_data: IvItemCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    callback_answer: CallbackAnswer,
) -> None:
    found = await own_interview(repo, user, callback_data.iv)
    if found is None or not isinstance(query.message, Message):
        callback_answer.text = t("stale-button")
        return
    vp, interview = found
    message = query.message
    if callback_data.action == "view":
        await answer_long(
            message,
            render.interview_summary(t, interview),
            reply_markup=render.interview_keyboard(t, interview),
        )
    elif callback_data.action == "del":
        await message.answer(
            t("iv-delete-confirm", respondent=render.quote(interview.respondent)),
            reply_markup=inline(
                [
                    [(t("btn-iv-delete-yes"), IvItemCb(action="delok", iv=interview.id))],
                    [(t("btn-iv-back"), IvCb(action="list", vp=vp.id))],
                ]
            ),
        )
    elif callback_data.action == "delok":
        await repo.interviews.delete_interview(interview)
        await repo.flush()
        callback_answer.text = t("iv-deleted")
        interviews = await repo.interviews.interviews_for(vp.id)
        await message.answer(
            t("iv-list-title", count=len(interviews)) if interviews else t("iv-list-empty"),
            reply_markup=render.list_keyboard(t, vp.id, interviews),
        )
    elif callback_data.action == "edit":
        await message.answer(
            t("iv-edit-interview-pick", respondent=render.quote(interview.respondent)),
            reply_markup=log_keyboards.part_keyboard(t, interview),
        )
    elif callback_data.action == "part" and callback_data.value in log_steps.PARTS:
        await log_steps.reopen(repo, interview, callback_data.value)
        await repo.flush()
        await log_flow.remember(state, interview)
        await state.update_data(editing=True)
        await log_flow.resume(message, t, state, repo, vp, interview)
    elif callback_data.action == "resume":
        interview.status = "draft"
        await repo.flush()
        await log_flow.remember(state, interview)
        await log_flow.resume(message, t, state, repo, vp, interview)
    else:
        callback_answer.text = t("stale-button")


async def synthesis_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    """The synthesis text, then the card with the progress and a status badge per hypothesis."""
    current = await snapshot(repo, vp)
    hypotheses = {
        field: None if answer.skipped else answer.text for field, answer in current.answers.items()
    }
    interviews = await repo.interviews.interviews_for(vp.id, done_only=True)
    result = synthesize(hypotheses, log_service.records(interviews))
    await answer_long(message, render_synthesis_html(result, t, goal=vp.interview_goal))
    card = build_progress_card(
        t,
        answers=hypotheses,
        name=vp.name,
        founder=" ".join(part for part in (user.first_name, user.last_name) if part),
        on=clock().astimezone(ZoneInfo(user.timezone)).date(),
        synthesis=result,
        done=len(interviews),
        goal=vp.interview_goal,
        to_sharpen={field for field, answer in current.answers.items() if answer.kept_finding},
    )
    if vp.version > 1:  # a revision's card says which version it is
        card = replace(card, version=t("card-version", version=vp.version))
    png = await asyncio.to_thread(render_card_png, card)
    await message.answer_photo(
        BufferedInputFile(png, filename=f"value-proposition-{vp.id}-interviews.png"),
        caption=truncate_caption(
            t("pcard-caption", name=render.quote(vp.name)) + "\n\n" + t("pcard-legend")
        ),
        reply_markup=render.hub_keyboard(t, vp, done=len(interviews)),
    )


def build_router() -> Router:
    router = Router(name="interview.review")
    router.callback_query.register(list_pressed, IvCb.filter(F.action == "list"), OwnFinishedVp())
    router.callback_query.register(
        synthesis_pressed, IvCb.filter(F.action == "syn"), OwnFinishedVp()
    )
    router.callback_query.register(item_pressed, IvItemCb.filter())
    return router
