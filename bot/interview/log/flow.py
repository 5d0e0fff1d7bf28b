"""Steps of logging an interview: each asks one thing; `resume` finds the first missing one."""

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.db.models import Interview, ValueProposition
from bot.db.repositories import Repositories
from bot.events import Events
from bot.i18n import Translator
from bot.interview import render
from bot.interview.events import InterviewLogged
from bot.interview.log import keyboards as log_keyboards
from bot.interview.log import service as log_service
from bot.interview.log import steps as log_steps
from bot.interview.states import InterviewDialog
from bot.interview.synthesis.build import contradicts
from bot.telegram.replies import answer_long
from bot.value_prop.questions import FIELDS, Field, label_key, position
from bot.value_prop.service import snapshot


async def remember(state: FSMContext, interview: Interview, field: Field | None = None) -> None:
    await state.update_data(
        vp_id=interview.value_proposition_id,
        iv_id=interview.id,
        field=field.value if field else None,
        coached=False,
    )


async def ask_respondent(
    message: Message, t: Translator, state: FSMContext, vp: ValueProposition
) -> None:
    await state.set_state(InterviewDialog.respondent)
    await state.set_data({"vp_id": vp.id})
    await message.answer(t("iv-ask-respondent", name=render.quote(vp.name)))


async def ask_date(
    message: Message, t: Translator, state: FSMContext, interview: Interview
) -> None:
    await state.set_state(InterviewDialog.held_on)
    await remember(state, interview)
    await message.answer(
        t("iv-ask-date"), reply_markup=log_keyboards.date_keyboard(t, interview.id)
    )


async def ask_fit(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
) -> None:
    await state.set_state(InterviewDialog.segment_fit)
    await remember(state, interview)
    segment = (await snapshot(repo, vp)).answers.get(Field.SEGMENT)
    text = segment.text if segment and segment.text else vp.name
    await message.answer(
        t("iv-ask-fit", segment=render.quote(text)),
        reply_markup=log_keyboards.fit_keyboard(t, interview.id),
    )


async def ask_said(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
    field: Field,
) -> None:
    await state.set_state(InterviewDialog.said)
    await remember(state, interview, field)
    answer = (await snapshot(repo, vp)).answers.get(field)
    hypothesis = render.quote(answer.text) if answer and answer.text else t("vp-skipped")
    text = t(
        "iv-ask-said",
        n=position(field),
        total=len(FIELDS),
        label=t(label_key(field)),
        hypothesis=hypothesis,
    )
    await answer_long(message, text, reply_markup=log_keyboards.skip_keyboard(t, interview.id))


async def ask_quote(
    message: Message, t: Translator, state: FSMContext, interview: Interview, field: Field
) -> None:
    await state.set_state(InterviewDialog.quote)
    await remember(state, interview, field)
    await message.answer(
        t("iv-ask-note-quote", label=t(label_key(field))),
        reply_markup=log_keyboards.skip_keyboard(t, interview.id),
    )


async def ask_verdict(
    message: Message, t: Translator, state: FSMContext, interview: Interview, field: Field
) -> None:
    await state.set_state(InterviewDialog.verdict)
    await remember(state, interview, field)
    await message.answer(
        t("iv-ask-verdict", label=t(label_key(field))),
        reply_markup=log_keyboards.verdict_keyboard(t, interview.id),
    )


async def resume(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
    events: Events | None = None,
) -> None:
    """Ask the first thing this interview still lacks; finish when nothing is missing."""
    fresh = await repo.interviews.interview(interview.id)
    assert fresh is not None
    interview = fresh
    step = log_steps.first_missing(interview)
    if step is None:
        await finish(message, t, state, repo, vp, interview, events)
    elif step.kind == "date":
        await ask_date(message, t, state, interview)
    elif step.kind == "fit":
        await ask_fit(message, t, state, repo, vp, interview)
    elif step.kind == "said" and step.field is not None:
        await ask_said(message, t, state, repo, vp, interview, step.field)
    elif step.kind == "quote" and step.field is not None:
        await ask_quote(message, t, state, interview, step.field)
    elif step.kind == "verdict" and step.field is not None:
        await ask_verdict(message, t, state, interview, step.field)
    elif step.kind == "commit":
        await remember(state, interview)
        await state.set_state(InterviewDialog.commitment)
        await message.answer(
            t("iv-ask-commitment"), reply_markup=log_keyboards.commitment_keyboard(t, interview.id)
        )
    else:
        await remember(state, interview)
        await state.set_state(InterviewDialog.next_step)
        await message.answer(
            t("iv-ask-next"), reply_markup=log_keyboards.skip_keyboard(t, interview.id)
        )


async def warn_contradiction(message: Message, t: Translator, interview: Interview) -> None:
    """Point out a person marked as in the segment who refuted the segment hypothesis."""
    if contradicts(log_service.to_record(interview)):
        await message.answer(t("iv-contradiction", respondent=render.quote(interview.respondent)))


async def finish(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
    events: Events | None = None,
) -> None:
    """Save the interview; the consultant hears of new interviews, not of edits."""
    edited = bool((await state.get_data()).get("editing"))
    interview.status = "done"
    await repo.flush()
    await state.clear()
    done = await repo.interviews.count_done(vp.id)
    fresh = await repo.interviews.interview(interview.id)
    assert fresh is not None
    await answer_long(message, render.interview_summary(t, fresh))
    await message.answer(
        t("iv-updated" if edited else "iv-logged", done=done, goal=vp.interview_goal),
        reply_markup=render.hub_keyboard(t, vp, done=done),
    )
    founder = await repo.users.get(vp.user_id)
    if events is not None and not edited and founder is not None and message.bot is not None:
        await events.emit(
            InterviewLogged(
                message.bot, repo, founder, vp.name, fresh.respondent, done, vp.interview_goal
            )
        )


__all__ = ["ask_date", "ask_respondent", "finish", "log_service", "resume"]
