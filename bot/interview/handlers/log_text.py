"""Typed answers while logging an interview: name, date, what was said, quote, next step."""

from zoneinfo import ZoneInfo

from aiogram import Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.clock import Clock
from bot.db.models import Interview, User, ValueProposition
from bot.db.repositories import Repositories
from bot.events import Events
from bot.i18n import Translator
from bot.interview.access import finished_vp, own_interview
from bot.interview.log import flow as log_flow
from bot.interview.log import keyboards as log_keyboards
from bot.interview.log import service as log_service
from bot.interview.log.fluff import check_fluff
from bot.interview.states import InterviewDialog
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.value_prop.questions import Field

TEXT_MAX_LENGTH = 1500


async def _current(
    state: FSMContext, repo: Repositories, user: User
) -> tuple[ValueProposition, Interview] | None:
    data = await state.get_data()
    return await own_interview(repo, user, int(data.get("iv_id") or 0))


def _too_long(text: str) -> bool:
    return not text or len(text) > TEXT_MAX_LENGTH


async def respondent_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    data = await state.get_data()
    vp = await finished_vp(repo, user, int(data.get("vp_id") or 0))
    alias = (message.text or "").strip()
    if vp is None:
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    if not alias or len(alias) > log_service.ALIAS_MAX_LENGTH:
        await message.answer(t("iv-respondent-invalid", limit=log_service.ALIAS_MAX_LENGTH))
        return
    interview = await log_service.start(repo, vp_id=vp.id, respondent=alias, now=clock())
    await log_flow.ask_date(message, t, state, interview)


async def date_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    found = await _current(state, repo, user)
    if found is None:
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    vp, interview = found
    today = clock().astimezone(ZoneInfo(user.timezone)).date()
    held_on = log_service.parse_date(message.text or "", today)
    if held_on is None:
        await message.answer(
            t("iv-date-invalid"), reply_markup=log_keyboards.date_keyboard(t, interview.id)
        )
        return
    interview.held_on = held_on
    await repo.flush()
    await log_flow.ask_fit(message, t, state, repo, vp, interview)


async def said_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    found = await _current(state, repo, user)
    data = await state.get_data()
    text = (message.text or "").strip()
    if found is None or not data.get("field"):
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    if _too_long(text):
        await message.answer(t("vp-answer-too-long", limit=TEXT_MAX_LENGTH, length=len(text)))
        return
    _, interview = found
    field = Field(str(data["field"]))
    await log_service.set_note(repo, interview=interview, field=field, said=text, now=clock())
    if await _nudged(message, t, state, interview, text):
        return
    await log_flow.ask_quote(message, t, state, interview, field)


async def _nudged(
    message: Message, t: Translator, state: FSMContext, interview: Interview, text: str
) -> bool:
    """Nudge once towards facts when the text is a compliment, a promise or a generality."""
    data = await state.get_data()
    if data.get("coached"):
        return False
    findings = check_fluff(text)
    if not findings:
        return False
    await state.update_data(coached=True)
    nudges = "\n\n".join(t(finding.text_key) for finding in findings)
    await message.answer(nudges, reply_markup=log_keyboards.keep_keyboard(t, interview.id))
    return True


async def quote_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    events: Events,
) -> None:
    """The customer's own words on the current hypothesis, kept apart from the notes."""
    found = await _current(state, repo, user)
    data = await state.get_data()
    text = (message.text or "").strip()
    if found is None or not data.get("field"):
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    if _too_long(text):
        await message.answer(t("vp-answer-too-long", limit=TEXT_MAX_LENGTH, length=len(text)))
        return
    vp, interview = found
    field = Field(str(data["field"]))
    await log_service.set_quote(repo, interview=interview, field=field, quote=text, now=clock())
    await log_flow.resume(message, t, state, repo, vp, interview, events)


async def next_step_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    events: Events,
) -> None:
    found = await _current(state, repo, user)
    text = (message.text or "").strip()
    if found is None:
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    if _too_long(text):
        await message.answer(t("vp-answer-too-long", limit=TEXT_MAX_LENGTH, length=len(text)))
        return
    vp, interview = found
    interview.next_step = text
    await repo.flush()
    await log_flow.resume(message, t, state, repo, vp, interview, events)


async def buttons_expected(
    message: Message, t: Translator, state: FSMContext, repo: Repositories, user: User
) -> None:
    """Text where a choice is expected (fit, verdict, commitment): ask for a button.

    A draft left at the key-quote step (no longer asked) simply resumes.
    """
    found = await _current(state, repo, user)
    if await state.get_state() != InterviewDialog.key_quote.state:
        await message.answer(t("use-buttons"))
    if found is not None:
        await log_flow.resume(message, t, state, repo, *found)


async def not_text(
    message: Message, t: Translator, state: FSMContext, repo: Repositories, user: User
) -> None:
    await message.answer(t("vp-text-please"))
    found = await _current(state, repo, user)
    if found is not None:
        await log_flow.resume(message, t, state, repo, *found)
    elif await state.get_state() == InterviewDialog.respondent.state:
        await message.answer(t("iv-ask-respondent-again"))


def build_router() -> Router:
    router = Router(name="interview.log_text")
    router.message.register(
        respondent_entered, StateFilter(InterviewDialog.respondent), PLAIN_TEXT
    )
    router.message.register(date_entered, StateFilter(InterviewDialog.held_on), PLAIN_TEXT)
    router.message.register(said_entered, StateFilter(InterviewDialog.said), PLAIN_TEXT)
    router.message.register(quote_entered, StateFilter(InterviewDialog.quote), PLAIN_TEXT)
    router.message.register(next_step_entered, StateFilter(InterviewDialog.next_step), PLAIN_TEXT)
    router.message.register(
        buttons_expected,
        StateFilter(
            InterviewDialog.segment_fit,
            InterviewDialog.verdict,
            InterviewDialog.commitment,
            InterviewDialog.key_quote,
        ),
        PLAIN_TEXT,
    )
    router.message.register(not_text, StateFilter(InterviewDialog), NO_TEXT)
    return router
