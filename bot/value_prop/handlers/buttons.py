"""Buttons under a question: back, skip, keep my answer, keep the previous version's answer (in
a revision), and the resume offer."""

from collections.abc import Awaitable, Callable

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition, VpStatus
from bot.telegram.ownership import Owned
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VpCb
from bot.value_prop.handlers.answers import take_answer
from bot.value_prop.owned import QUESTION_VP, STEP_VP
from bot.value_prop.questions import FIELDS, Field, previous_field
from bot.value_prop.service import snapshot
from bot.value_prop.states import VpDialog
from bot.value_prop.versions.lineage import lineages


async def name_later(query: CallbackQuery, turn: Turn) -> None:
    if not isinstance(query.message, Message):
        return
    await drop_keyboard(query.message)
    # Numbered per proposition, not per version: v2 of the first one does not make a "№3".
    number = len(lineages(await turn.repo.value_props.all_for_user(turn.user.id))) + 1
    name = turn.t("vp-default-name", n=number)
    vp = await turn.repo.value_props.create(user_id=turn.user.id, name=name, now=turn.clock())
    await turn.state.update_data(vp_id=vp.id, auto_name=True)
    await flow.ask(query.message, turn.t, turn.state, await snapshot(turn.repo, vp), FIELDS[0])


async def back_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    field: Field,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    target = previous_field(field)
    if target is None:
        callback_answer.text = turn.t("stale-button")
        return
    await drop_keyboard(message)
    await flow.ask(message, turn.t, turn.state, await snapshot(turn.repo, vp), target)


async def skip(vp: ValueProposition, field: Field, message: Message, turn: Turn) -> str:
    await drop_keyboard(message)
    existing = (await snapshot(turn.repo, vp)).answers.get(field)
    if existing is not None and not existing.skipped:
        return "vp-kept-toast"  # skipping a filled answer keeps it
    await turn.repo.value_props.add_revision(
        vp, field=field, text=None, skipped=True, now=turn.clock()
    )
    return "vp-skipped-toast"


async def keep(vp: ValueProposition, field: Field, message: Message, turn: Turn) -> str | None:
    """Store the coached answer as it is, marked "to sharpen" (kept despite the finding)."""
    data = await turn.state.get_data()
    if data.get("coached") != field.value:
        return None
    await drop_keyboard(message)
    finding, pending = str(data.get("finding")), data.get("pending")
    if pending:
        auto = bool(data.get("auto_name"))
        await service.record_answer(
            turn.repo, vp, field, str(pending), turn.clock(), auto_name=auto, kept_finding=finding
        )
    else:  # coached before answers waited in the state: the answer is already stored
        revision = await turn.repo.value_props.latest_revision(vp.id, field)
        if revision is not None and not revision.skipped:
            revision.kept_finding = finding
    return "vp-kept-toast"


async def keep_previous(
    vp: ValueProposition, field: Field, message: Message, turn: Turn
) -> str | None:
    """Take the previous version's answer into this version (a revision) as it was."""
    previous = (await snapshot(turn.repo, vp)).previous
    answer = previous.answers.get(field) if previous is not None else None
    if answer is None:
        return None
    await turn.repo.value_props.add_revision(
        vp,
        field=field,
        text=answer.text,
        skipped=answer.skipped,
        now=turn.clock(),
        kept_finding=answer.kept_finding,
    )
    await drop_keyboard(message)
    await turn.state.update_data(coached=None, pending=None)
    return "vp-kept-toast"


# How each button that settles the question stores the answer; the toast it gets, None when the
# button is stale (the dialogue has moved on).
Settle = Callable[[ValueProposition, Field, Message, Turn], Awaitable[str | None]]
SETTLE: dict[str, Settle] = {"skip": skip, "keep": keep, "prev": keep_previous}


async def settle_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    vp: ValueProposition,
    field: Field,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    """Skip, keep the coached answer or keep the previous version's, then the next question."""
    toast = await SETTLE[callback_data.action](vp, field, message, turn)
    callback_answer.text = turn.t(toast or "stale-button")
    if toast is not None:
        await flow.advance(message, turn.t, turn.state, turn.repo, vp, field)


async def resume_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    vp: ValueProposition,
    field: Field | None,
    message: Message,
    turn: Turn,
) -> None:
    await drop_keyboard(message)
    data = await turn.state.get_data()
    draft = data.get("draft")
    await turn.state.update_data(draft=None)
    if callback_data.action == "restart":
        service.set_status(vp, VpStatus.ABANDONED, turn.clock())
        await message.answer(turn.t("vp-restarted", name=render.quote(vp.name)))
        await flow.ask_name(message, turn.t, turn.state)
        return
    current = await snapshot(turn.repo, vp)
    if field is None:  # resumed at the review
        await flow.show_review(message, turn.t, turn.state, current)
    elif callback_data.action == "draft" and draft:
        await take_answer(message, turn, vp, field, str(draft))
    else:
        await flow.repeat_question(message, turn.t, current, field, data)


def build_router() -> Router:
    router = Router(name="value_prop.buttons")
    router.callback_query.register(
        name_later, StateFilter(VpDialog.name), VpCb.filter(F.action == "autoname")
    )
    at_question = Owned(QUESTION_VP)
    router.callback_query.register(back_pressed, VpCb.filter(F.action == "back"), at_question)
    router.callback_query.register(settle_pressed, VpCb.filter(F.action.in_(SETTLE)), at_question)
    router.callback_query.register(
        resume_pressed, VpCb.filter(F.action.in_({"continue", "draft", "restart"})), Owned(STEP_VP)
    )
    return router
