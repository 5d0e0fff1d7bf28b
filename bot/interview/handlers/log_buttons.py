"""Buttons while logging an interview: start, date, fit, verdict, commitment, skip, keep, back."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import Interview, ValueProposition
from bot.events import Events
from bot.interview.access import LOGGED_INTERVIEW
from bot.interview.callbacks import IvCb, LogCb
from bot.interview.log import flow as log_flow
from bot.interview.log import service as log_service
from bot.interview.log import steps as log_steps
from bot.interview.log.keyboards import CHOICES, DAYS
from bot.interview.states import InterviewDialog
from bot.telegram.ownership import Owned
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn
from bot.value_prop.owned import FINISHED_VP
from bot.value_prop.questions import Field

# Which button is valid in which step; anything else is stale.
VALID = {
    "date": {InterviewDialog.held_on.state},
    "fit": {InterviewDialog.segment_fit.state},
    "verdict": {InterviewDialog.verdict.state},
    "commit": {InterviewDialog.commitment.state},
    "skip": {
        InterviewDialog.said.state,
        InterviewDialog.quote.state,
        InterviewDialog.next_step.state,
    },
    "keep": {InterviewDialog.said.state},
    # Every question of the dialogue but the first (the date) can step back.
    "back": {asked.state for asked, _ in log_flow.ASKS.values()} - {InterviewDialog.held_on.state},
}
VALUES = {"date": DAYS} | {action: v for action, (v, _) in CHOICES.items()}


async def log_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    await log_flow.ask_respondent(message, turn, vp)


async def step_pressed(
    query: CallbackQuery,
    callback_data: LogCb,
    vp: ValueProposition,
    interview: Interview,
    message: Message,
    turn: Turn,
    events: Events,
    callback_answer: CallbackAnswer,
) -> None:
    data = await turn.state.get_data()
    current = await turn.state.get_state()
    action, value = callback_data.action, callback_data.value
    if (
        current not in VALID.get(action, set())
        or (action in VALUES and value not in VALUES[action])
        or (action == "keep" and not data.get("coached"))
    ):
        callback_answer.text = turn.t("stale-button")
        return
    await drop_keyboard(message)
    field = Field(str(data["field"])) if data.get("field") else None
    await _apply(turn, interview, callback_data, current, field)
    await turn.repo.flush()
    if action in {"fit", "verdict"}:
        fresh = await turn.repo.interviews.interview(interview.id)
        if fresh is not None:
            await log_flow.warn_contradiction(message, turn.t, fresh)
    await log_flow.resume(message, turn, vp, interview, events)


async def _apply(
    turn: Turn, interview: Interview, pressed: LogCb, current: str | None, field: Field | None
) -> None:
    """Store what a (validated) button press means for the interview."""
    action, value, now = pressed.action, pressed.value, turn.clock()
    if action == "keep" and field is not None:
        note = await turn.repo.interviews.note(interview.id, field.value)
        if note is not None:
            note.kept_fluff = "kept"
    elif action == "date":
        today = now.astimezone(ZoneInfo(turn.user.timezone)).date()
        interview.held_on = today - timedelta(days=1) if value == "yesterday" else today
    elif action in {"fit", "commit"}:
        setattr(interview, log_steps.COLUMNS[action], value)
    elif action == "verdict" and field is not None:
        await log_service.set_note(
            turn.repo, interview=interview, field=field, verdict=value, keep_said=True, now=now
        )
    elif action == "back":
        step = log_steps.previous(interview)
        if step is not None:
            await log_steps.clear(turn.repo, interview, step.kind, step.field)
    elif current == InterviewDialog.said.state and field is not None:
        await log_service.set_note(turn.repo, interview=interview, field=field, said=None, now=now)
    elif current == InterviewDialog.quote.state and field is not None:
        await log_service.set_quote(turn.repo, interview=interview, field=field, quote="", now=now)
    else:
        interview.next_step = ""


def build_router() -> Router:
    router = Router(name="interview.log_buttons")
    router.callback_query.register(log_pressed, IvCb.filter(F.action == "log"), Owned(FINISHED_VP))
    router.callback_query.register(step_pressed, LogCb.filter(), Owned(LOGGED_INTERVIEW))
    return router
