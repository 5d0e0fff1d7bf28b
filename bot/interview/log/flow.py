"""Steps of logging an interview: each asks one thing; `resume` finds the first missing one."""

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.db.models import Interview, ValueProposition
from bot.events import Events, Visit
from bot.i18n import Translator
from bot.interview import render
from bot.interview.access import own_interview
from bot.interview.events import InterviewLogged
from bot.interview.log import keyboards as log_keyboards
from bot.interview.log import service as log_service
from bot.interview.log import steps as log_steps
from bot.interview.states import InterviewDialog
from bot.interview.synthesis.build import contradicts
from bot.telegram.replies import answer_long
from bot.telegram.turn import Turn
from bot.value_prop.questions import FIELDS, Field, label_key, position
from bot.value_prop.service import snapshot

# Who is asked: the founder of a handler's turn, or of a visit resuming the dialogue.
Asking = Turn | Visit


async def remember(state: FSMContext, interview: Interview, field: Field | None = None) -> None:
    await state.update_data(
        vp_id=interview.value_proposition_id,
        iv_id=interview.id,
        field=field.value if field else None,
        coached=False,
    )


async def ask_respondent(message: Message, turn: Asking, vp: ValueProposition) -> None:
    await turn.state.set_state(InterviewDialog.respondent)
    await turn.state.set_data({"vp_id": vp.id})
    await message.answer(turn.t("iv-ask-respondent", name=render.quote(vp.name)))


# What each step asks: its state and the locale key of the question.
ASKS = {
    "date": (InterviewDialog.held_on, "iv-ask-date"),
    "fit": (InterviewDialog.segment_fit, "iv-ask-fit"),
    "said": (InterviewDialog.said, "iv-ask-said"),
    "quote": (InterviewDialog.quote, "iv-ask-note-quote"),
    "verdict": (InterviewDialog.verdict, "iv-ask-verdict"),
    "commit": (InterviewDialog.commitment, "iv-ask-commitment"),
    "next": (InterviewDialog.next_step, "iv-ask-next"),
}


async def resume(
    message: Message, turn: Asking, vp: ValueProposition, interview: Interview, events: Events
) -> None:
    """Ask the first thing this interview still lacks; finish when nothing is missing."""
    t, state, repo = turn.t, turn.state, turn.repo
    fresh = await repo.interviews.interview(interview.id)
    assert fresh is not None
    step = log_steps.first_missing(fresh)
    if step is None:
        await finish(message, turn, vp, fresh, events)
        return
    field = step.field
    args: dict[str, object] = {"label": t(label_key(field))} if field else {}
    if step.kind in {"fit", "said"}:  # the fit names the segment; "said" quotes the hypothesis
        text = (await snapshot(repo, vp)).hypotheses().get(field or Field.SEGMENT) or None
        args["segment"] = render.quote(text or vp.name)
        args["hypothesis"] = render.quote(text) if text else t("vp-skipped")
        args["n"], args["total"] = position(field or Field.SEGMENT), len(FIELDS)
    if step.kind == "date":
        keyboard = log_keyboards.date_keyboard(t, fresh.id)
    elif step.kind in log_keyboards.CHOICES:
        keyboard = log_keyboards.choice_keyboard(t, fresh.id, step.kind)
    else:
        keyboard = log_keyboards.skip_keyboard(t, fresh.id)
    asked, key = ASKS[step.kind]
    await state.set_state(asked)
    await remember(state, fresh, field)
    await answer_long(message, t(key, **args), reply_markup=keyboard)


async def resume_logged(message: Message, turn: Asking, events: Events) -> bool:
    """Resume the interview the dialogue logs (its ``iv_id``) if it is still the founder's own;
    whether it was."""
    data = await turn.state.get_data()
    found = await own_interview(turn.repo, turn.user, int(data.get("iv_id") or 0))
    if found is None:
        return False
    await resume(message, turn, *found, events)
    return True


async def warn_contradiction(message: Message, t: Translator, interview: Interview) -> None:
    """Point out a person marked as in the segment who refuted the segment hypothesis."""
    if contradicts(log_service.to_record(interview)):
        await message.answer(t("iv-contradiction", respondent=render.quote(interview.respondent)))


async def finish(
    message: Message, turn: Asking, vp: ValueProposition, interview: Interview, events: Events
) -> None:
    """Save the interview; the consultant hears of new interviews, not of edits."""
    t, state, repo = turn.t, turn.state, turn.repo
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
