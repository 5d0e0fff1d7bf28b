"""Typed answers while logging an interview: name, date, what was said, quote, next step."""

from zoneinfo import ZoneInfo

from aiogram import Router
from aiogram.filters import StateFilter
from aiogram.types import Message

from bot.db.models import Interview, ValueProposition
from bot.events import Events
from bot.interview.access import INTERVIEW
from bot.interview.log import flow as log_flow
from bot.interview.log import keyboards as log_keyboards
from bot.interview.log import service as log_service
from bot.interview.log.fluff import check_fluff
from bot.interview.states import InterviewDialog
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.ownership import Owned, forget_with
from bot.telegram.turn import Turn
from bot.value_prop.owned import FINISHED_VP
from bot.value_prop.questions import Field

TEXT_MAX_LENGTH = 1500


async def _typed(message: Message, turn: Turn) -> str | None:
    """The typed text; None when it is empty or too long (the founder is told so)."""
    text = (message.text or "").strip()
    if not text or len(text) > TEXT_MAX_LENGTH:
        await message.answer(turn.t("vp-answer-too-long", limit=TEXT_MAX_LENGTH, length=len(text)))
        return None
    return text


async def respondent_entered(
    message: Message, vp: ValueProposition, turn: Turn, events: Events
) -> None:
    alias = (message.text or "").strip()
    if not alias or len(alias) > log_service.ALIAS_MAX_LENGTH:
        await message.answer(turn.t("iv-respondent-invalid", limit=log_service.ALIAS_MAX_LENGTH))
        return
    interview = await log_service.start(turn.repo, vp_id=vp.id, respondent=alias, now=turn.clock())
    await log_flow.resume(message, turn, vp, interview, events)


async def date_entered(
    message: Message, vp: ValueProposition, interview: Interview, turn: Turn, events: Events
) -> None:
    today = turn.clock().astimezone(ZoneInfo(turn.user.timezone)).date()
    held_on = log_service.parse_date(message.text or "", today)
    if held_on is None:
        keyboard = log_keyboards.date_keyboard(turn.t, interview.id)
        await message.answer(turn.t("iv-date-invalid"), reply_markup=keyboard)
        return
    interview.held_on = held_on
    await turn.repo.flush()
    await log_flow.resume(message, turn, vp, interview, events)


async def note_entered(
    message: Message, vp: ValueProposition, interview: Interview, turn: Turn, events: Events
) -> None:
    """What the customer said on the current hypothesis, or their own words (kept apart)."""
    field = (await turn.state.get_data()).get("field")
    if not field:  # this hypothesis was answered here already
        await turn.state.clear()
        await message.answer(turn.t("vp-lost"))
        return
    if (text := await _typed(message, turn)) is None:
        return
    field, now = Field(str(field)), turn.clock()
    if await turn.state.get_state() == InterviewDialog.quote.state:
        await log_service.set_quote(
            turn.repo, interview=interview, field=field, quote=text, now=now
        )
    else:
        await log_service.set_note(turn.repo, interview=interview, field=field, said=text, now=now)
        if await _nudged(message, turn, interview, text):
            return
    await log_flow.resume(message, turn, vp, interview, events)


async def _nudged(message: Message, turn: Turn, interview: Interview, text: str) -> bool:
    """Nudge once towards facts when the text is a compliment, a promise or a generality."""
    data = await turn.state.get_data()
    if data.get("coached"):
        return False
    findings = check_fluff(text)
    if not findings:
        return False
    await turn.state.update_data(coached=True)
    nudges = "\n\n".join(turn.t(finding.text_key) for finding in findings)
    await message.answer(nudges, reply_markup=log_keyboards.keep_keyboard(turn.t, interview.id))
    return True


async def next_step_entered(
    message: Message, vp: ValueProposition, interview: Interview, turn: Turn, events: Events
) -> None:
    if (text := await _typed(message, turn)) is None:
        return
    interview.next_step = text
    await turn.repo.flush()
    await log_flow.resume(message, turn, vp, interview, events)


async def buttons_expected(message: Message, turn: Turn, events: Events) -> None:
    """Text where a choice is expected (fit, verdict, commitment): ask for a button.

    A draft left at the key-quote step (no longer asked) simply resumes.
    """
    if await turn.state.get_state() != InterviewDialog.key_quote.state:
        await message.answer(turn.t("use-buttons"))
    await log_flow.resume_logged(message, turn, events)


async def not_text(message: Message, turn: Turn, events: Events) -> None:
    await message.answer(turn.t("vp-text-please"))
    resumed = await log_flow.resume_logged(message, turn, events)
    if not resumed and await turn.state.get_state() == InterviewDialog.respondent.state:
        await message.answer(turn.t("iv-ask-respondent-again"))


def build_router() -> Router:
    router = Router(name="interview.log_text")
    typed = (PLAIN_TEXT, Owned(INTERVIEW))
    router.message.register(
        respondent_entered, StateFilter(InterviewDialog.respondent), PLAIN_TEXT, Owned(FINISHED_VP)
    )
    router.message.register(date_entered, StateFilter(InterviewDialog.held_on), *typed)
    notes = StateFilter(InterviewDialog.said, InterviewDialog.quote)
    router.message.register(note_entered, notes, *typed)
    router.message.register(next_step_entered, StateFilter(InterviewDialog.next_step), *typed)
    asked = StateFilter(
        InterviewDialog.respondent,
        InterviewDialog.held_on,
        InterviewDialog.said,
        InterviewDialog.quote,
        InterviewDialog.next_step,
    )
    router.message.register(forget_with("vp-lost"), asked, PLAIN_TEXT)
    # Text in the other states (fit, verdict, commitment, the old key quote) wants a button; a
    # question for the script is taken by the script's router, included before this one.
    router.message.register(buttons_expected, StateFilter(InterviewDialog), PLAIN_TEXT)
    router.message.register(not_text, StateFilter(InterviewDialog), NO_TEXT)
    return router
