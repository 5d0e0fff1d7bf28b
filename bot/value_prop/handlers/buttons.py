"""Buttons under a question: back, skip, keep my answer, and the resume offer."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.config import Settings
from bot.db.models import User, VpStatus
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.replies import drop_keyboard
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VpCb
from bot.value_prop.handlers.answers import save_answer, take_answer
from bot.value_prop.handlers.guard import current_button
from bot.value_prop.questions import FIELDS, previous_field
from bot.value_prop.service import snapshot
from bot.value_prop.states import VpDialog
from bot.value_prop.versions.lineage import lineages


async def name_later(
    query: CallbackQuery,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    if not isinstance(query.message, Message):
        return
    await drop_keyboard(query.message)
    # Numbered per proposition, not per version: v2 of the first one does not make a "№3".
    number = len(lineages(await repo.value_props.all_for_user(user.id))) + 1
    vp = await service.start(
        repo, user_id=user.id, name=t("vp-default-name", n=number), now=clock()
    )
    await state.update_data(vp_id=vp.id, auto_name=True)
    await flow.ask(query.message, t, state, await snapshot(repo, vp), FIELDS[0])


async def back_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    callback_answer: CallbackAnswer,
) -> None:
    found = await current_button(query, callback_data, state, repo, user)
    if found is None or found[1] is None or (target := previous_field(found[1])) is None:
        callback_answer.text = t("stale-button")
        return
    vp, _, message = found
    await drop_keyboard(message)
    await flow.ask(message, t, state, await snapshot(repo, vp), target)


async def skip_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    found = await current_button(query, callback_data, state, repo, user)
    if found is None or found[1] is None:
        callback_answer.text = t("stale-button")
        return
    vp, field, message = found[0], found[1], found[2]
    await drop_keyboard(message)
    existing = (await snapshot(repo, vp)).answers.get(field)
    if existing is None or existing.skipped:
        await service.record_skip(repo, vp=vp, field=field, now=clock())
        callback_answer.text = t("vp-skipped-toast")
    else:
        callback_answer.text = t("vp-kept-toast")  # skipping a filled answer keeps it
    await flow.advance(message, t, state, repo, vp, field)


async def keep_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    """Store the coached answer as it is, marked "to sharpen" (kept despite the finding)."""
    found = await current_button(query, callback_data, state, repo, user)
    data = await state.get_data()
    if found is None or found[1] is None or data.get("coached") != callback_data.field:
        callback_answer.text = t("stale-button")
        return
    vp, field, message = found[0], found[1], found[2]
    await drop_keyboard(message)
    finding, pending = str(data.get("finding")), data.get("pending")
    if pending:
        auto = bool(data.get("auto_name"))
        await save_answer(repo, vp, field, str(pending), clock(), auto=auto, kept_finding=finding)
    else:  # coached before answers waited in the state: the answer is already stored
        await service.keep_despite(repo, vp=vp, field=field, finding=finding)
    callback_answer.text = t("vp-kept-toast")
    await flow.advance(message, t, state, repo, vp, field)


async def resume_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    settings: Settings,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    found = await current_button(query, callback_data, state, repo, user)
    if found is None:
        callback_answer.text = t("stale-button")
        return
    vp, field, message = found
    await drop_keyboard(message)
    data = await state.get_data()
    draft = data.get("draft")
    await state.update_data(draft=None)
    if callback_data.action == "restart":
        await service.set_status(repo, vp=vp, status=VpStatus.ABANDONED, now=clock())
        await message.answer(t("vp-restarted", name=render.quote(vp.name)))
        await flow.ask_name(message, t, state)
        return
    current = await snapshot(repo, vp)
    if field is None:  # resumed at the review
        await flow.show_review(message, t, state, current)
    elif callback_data.action == "draft" and draft:
        await take_answer(
            message, t, state, repo, vp, field, str(draft), settings=settings, clock=clock
        )
    else:
        await flow.repeat_question(
            message,
            t,
            current,
            field,
            return_to_review=bool(data.get("return_to_review")),
            example=(data.get("examples") or {}).get(field.value),
        )


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="value_prop.buttons")
    router.callback_query.register(
        name_later, StateFilter(VpDialog.name), VpCb.filter(F.action == "autoname")
    )
    router.callback_query.register(back_pressed, VpCb.filter(F.action == "back"))
    router.callback_query.register(skip_pressed, VpCb.filter(F.action == "skip"))
    router.callback_query.register(keep_pressed, VpCb.filter(F.action == "keep"))
    router.callback_query.register(
        resume_pressed, VpCb.filter(F.action.in_({"continue", "draft", "restart"}))
    )
    return router
