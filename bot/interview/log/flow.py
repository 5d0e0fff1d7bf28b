"""Steps of logging an interview: each asks one thing; `resume` finds the first missing one."""

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import InlineKeyboardMarkup, Message

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


async def _ask(
    message: Message,
    state: FSMContext,
    interview: Interview,
    step: State,
    text: str,
    keyboard: InlineKeyboardMarkup,
    field: Field | None = None,
) -> None:
    """Move to ``step`` (remembering the interview and the field) and ask with its buttons."""
    await state.set_state(step)
    await remember(state, interview, field)
    await answer_long(message, text, reply_markup=keyboard)


async def ask_respondent(
    message: Message, t: Translator, state: FSMContext, vp: ValueProposition
) -> None:
    await state.set_state(InterviewDialog.respondent)
    await state.set_data({"vp_id": vp.id})
    await message.answer(t("iv-ask-respondent", name=render.quote(vp.name)))


async def ask_date(
    message: Message, t: Translator, state: FSMContext, interview: Interview
) -> None:
    keyboard = log_keyboards.date_keyboard(t, interview.id)
    await _ask(message, state, interview, InterviewDialog.held_on, t("iv-ask-date"), keyboard)


async def ask_fit(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
) -> None:
    segment = (await snapshot(repo, vp)).answers.get(Field.SEGMENT)
    text = t(
        "iv-ask-fit", segment=render.quote(segment.text if segment and segment.text else vp.name)
    )
    keyboard = log_keyboards.choice_keyboard(t, interview.id, "fit")
    await _ask(message, state, interview, InterviewDialog.segment_fit, text, keyboard)


async def ask_said(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
    field: Field,
) -> None:
    answer = (await snapshot(repo, vp)).answers.get(field)
    hypothesis = render.quote(answer.text) if answer and answer.text else t("vp-skipped")
    text = t(
        "iv-ask-said",
        n=position(field),
        total=len(FIELDS),
        label=t(label_key(field)),
        hypothesis=hypothesis,
    )
    keyboard = log_keyboards.skip_keyboard(t, interview.id)
    await _ask(message, state, interview, InterviewDialog.said, text, keyboard, field)


async def ask_quote(
    message: Message,
    t: Translator,
    state: FSMContext,
    interview: Interview,
    field: Field,
    *,
    verdict: bool = False,
) -> None:
    """The customer's own words on the hypothesis or, with ``verdict``, what the talk showed."""
    step = InterviewDialog.verdict if verdict else InterviewDialog.quote
    key = "iv-ask-verdict" if verdict else "iv-ask-note-quote"
    if verdict:
        keyboard = log_keyboards.choice_keyboard(t, interview.id, "verdict")
    else:
        keyboard = log_keyboards.skip_keyboard(t, interview.id)
    text = t(key, label=t(label_key(field)))
    await _ask(message, state, interview, step, text, keyboard, field)


async def resume(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    interview: Interview,
    events: Events,
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
        await ask_quote(message, t, state, interview, step.field, verdict=True)
    elif step.kind == "commit":
        keyboard = log_keyboards.choice_keyboard(t, interview.id, "commit")
        text = t("iv-ask-commitment")
        await _ask(message, state, interview, InterviewDialog.commitment, text, keyboard)
    else:
        keyboard = log_keyboards.skip_keyboard(t, interview.id)
        await _ask(
            message, state, interview, InterviewDialog.next_step, t("iv-ask-next"), keyboard
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
    events: Events,
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
    if not edited and founder is not None and message.bot is not None:
        await events.emit(
            InterviewLogged(
                message.bot, repo, founder, vp.name, fresh.respondent, done, vp.interview_goal
            )
        )
