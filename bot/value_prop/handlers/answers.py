"""Typed answers to the five questions: checks, coaching, non-answers, pause-resume, bad input."""

from datetime import datetime
from typing import Any

from aiogram import Router
from aiogram.filters import StateFilter
from aiogram.types import Message

from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.ownership import forget_with, refuse_with
from bot.telegram.replies import answer_long
from bot.telegram.turn import Turn
from bot.value_prop import flow, render, service
from bot.value_prop.checks import check_answer
from bot.value_prop.non_answer import NonAnswer, non_answer_kind
from bot.value_prop.questions import FIELDS, Field, position, previous_field
from bot.value_prop.service import snapshot
from bot.value_prop.states import QUESTION_STATES, VpDialog, field_of_state

IN_QUESTION = StateFilter(*QUESTION_STATES.values())


async def current_vp(
    repo: Repositories, user: User, data: dict[str, Any]
) -> ValueProposition | None:
    vp_id = data.get("vp_id")
    return await repo.value_props.owned(int(vp_id), user.id) if vp_id else None


async def name_entered(message: Message, turn: Turn) -> None:
    name = (message.text or "").strip()
    if not name or len(name) > flow.NAME_MAX_LENGTH:
        await message.answer(turn.t("vp-name-invalid", limit=flow.NAME_MAX_LENGTH))
        return
    vp = await turn.repo.value_props.create(user_id=turn.user.id, name=name, now=turn.clock())
    await flow.ask(message, turn.t, turn.state, await snapshot(turn.repo, vp), Field.SEGMENT)


async def answer_entered(
    message: Message, turn: Turn, previous_seen: datetime | None = None
) -> None:
    field = field_of_state(await turn.state.get_state())
    data = await turn.state.get_data()
    vp = await current_vp(turn.repo, turn.user, data)
    if field is None or vp is None:
        await forget_with("vp-lost")(message, turn.t, turn.state)
        return
    text = message.text or ""
    resume_after = turn.settings.dialogue.resume_after
    if previous_seen is not None and turn.clock() - previous_seen >= resume_after:  # a pause
        await turn.state.update_data(draft=text)
        await offer_resume(message, turn.t, vp, field, draft=text)
        return
    await take_answer(message, turn, vp, field, text)


async def offer_resume(
    message: Message, t: Translator, vp: ValueProposition, field: Field | None, draft: str | None
) -> None:
    """Where the founder stopped (a question, or the review) and how to go on."""
    if field is None:
        text = t("vp-resume-review", name=render.quote(vp.name))
    else:
        text = t("vp-resume", name=render.quote(vp.name), n=position(field), total=len(FIELDS))
    if draft:
        text += "\n\n" + t("vp-resume-draft", draft=render.quote(draft))
    keyboard = render.resume_keyboard(t, vp.id, field or "", with_draft=bool(draft))
    await answer_long(message, text, reply_markup=keyboard)


async def take_answer(
    message: Message, turn: Turn, vp: ValueProposition, field: Field, text: str
) -> None:
    """Validate, coach or save, then move on. The answer is saved before the state moves.

    A non-answer ("не знаю", "назад", a question back) is answered and nothing is stored. A vague
    answer is coached every time and waits in the state until the founder keeps it or sends a
    sharper one, so it never replaces the current answer unasked (the transcript has it anyway).
    """
    text = text.strip()
    limit = turn.settings.dialogue.max_answer_length
    if not text:
        await message.answer(turn.t("vp-answer-empty"))
        return
    if len(text) > limit:
        await message.answer(turn.t("vp-answer-too-long", limit=limit, length=len(text)))
        return
    kind = non_answer_kind(text)
    if kind is not None:
        await reply_non_answer(message, turn, vp, field, kind)
        return
    data = await turn.state.get_data()
    current = await snapshot(turn.repo, vp)
    finding = check_answer(field, text, current.texts())
    if finding is not None:
        again = data.get("coached") == field
        await turn.state.update_data(
            coached=field.value, finding=finding.code, pending=text, draft=None
        )
        editing = bool(data.get("return_to_review"))
        example = await flow.fresh_example(turn.t, turn.state, current, field)
        coaching = render.coaching_text(
            turn.t, finding.text_key, text, example, again=again, editing=editing
        )
        keyboard = render.coaching_keyboard(turn.t, vp.id, field, editing=editing)
        await answer_long(message, coaching, reply_markup=keyboard)
        return
    auto_name = bool(data.get("auto_name"))
    await service.record_answer(turn.repo, vp, field, text, turn.clock(), auto_name=auto_name)
    after = current.answered(field, text, name=vp.name)
    await flow.advance(message, turn.t, turn.state, turn.repo, vp, field, after)


async def reply_non_answer(
    message: Message, turn: Turn, vp: ValueProposition, field: Field, kind: NonAnswer
) -> None:
    """Typed back goes back (out of an edit: to the review); the others get a hint, an example."""
    editing = bool((await turn.state.get_data()).get("return_to_review"))
    current = await snapshot(turn.repo, vp)
    if kind == "back":
        target = previous_field(field)
        if editing:
            await flow.show_review(message, turn.t, turn.state, current)
        elif target is not None:
            await flow.ask(message, turn.t, turn.state, current, target)
        else:
            await message.answer(turn.t("vp-back-first"))
            await flow.ask(message, turn.t, turn.state, current, field)
        return
    example = await flow.fresh_example(turn.t, turn.state, current, field)
    keyboard = render.question_keyboard(turn.t, vp.id, field, editing=editing)
    text = render.non_answer_text(turn.t, kind, field, example)
    await answer_long(message, text, reply_markup=keyboard)


async def answer_not_text(message: Message, turn: Turn) -> None:
    """Stickers, photos, voice notes, files, locations: ask for text and repeat the question."""
    field = field_of_state(await turn.state.get_state())
    data = await turn.state.get_data()
    vp = await current_vp(turn.repo, turn.user, data)
    await message.answer(turn.t("vp-text-please"))
    if field is not None and vp is not None:
        await flow.repeat_question(message, turn.t, await snapshot(turn.repo, vp), field, data)


def build_router() -> Router:
    router = Router(name="value_prop.answers")
    router.message.register(name_entered, StateFilter(VpDialog.name), PLAIN_TEXT)
    router.message.register(refuse_with("vp-name-not-text"), StateFilter(VpDialog.name), NO_TEXT)
    router.message.register(answer_entered, IN_QUESTION, PLAIN_TEXT)
    router.message.register(answer_not_text, IN_QUESTION, NO_TEXT)
    return router
