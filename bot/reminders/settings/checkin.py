"""The weekly check-in: opting in (day, time) or out, and the four-question dialogue.

Hypothesis → action → data → insight, each skippable; every answer is saved to its
checkin_notes row before the next question is asked.
"""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.i18n import Translator
from bot.reminders.callbacks import CheckinCb
from bot.reminders.outbox import checkin_notes
from bot.reminders.outbox.checkin_notes import FIELDS
from bot.reminders.owned import checkin_note
from bot.reminders.settings.states import CheckinDialog, begin_input, end_input
from bot.telegram.filters import PLAIN_TEXT
from bot.telegram.keyboards import inline
from bot.telegram.ownership import Owned
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn

STEPS = (CheckinDialog.hypothesis, CheckinDialog.action, CheckinDialog.data, CheckinDialog.insight)


async def ask(message: Message, t: Translator, state: FSMContext, step: int, note: int) -> None:
    await state.set_state(STEPS[step])
    skip = inline([[(t("btn-rem-skip"), CheckinCb(action="skip", note=note))]])
    await message.answer(
        t(f"rem-chk-q-{FIELDS[step]}", n=step + 1, total=len(STEPS)), reply_markup=skip
    )


async def start_pressed(query: CallbackQuery, turn: Turn) -> None:
    if not isinstance(query.message, Message):
        return
    await drop_keyboard(query.message)
    note = await checkin_notes.start(turn.repo.session, turn.user.id, turn.clock())
    await begin_input(turn.state, STEPS[0], note=note)
    await ask(query.message, turn.t, turn.state, 0, note)


async def advance(message: Message, turn: Turn, note: int) -> None:
    step = [step.state for step in STEPS].index(await turn.state.get_state())
    if step + 1 < len(STEPS):
        await ask(message, turn.t, turn.state, step + 1, note)
        return
    await end_input(turn.state)
    empty = await checkin_notes.drop_if_empty(turn.repo.session, note)
    await message.answer(turn.t("rem-chk-empty" if empty else "rem-chk-done"))


async def answered(message: Message, turn: Turn) -> None:
    note_id = (await turn.state.get_data()).get("note")
    note = await checkin_notes.own(turn.repo.session, turn.user.id, note_id)
    text = (message.text or "").strip()
    limit = turn.settings.dialogue.max_answer_length
    if note is None:
        await end_input(turn.state)
        await message.answer(turn.t("stale-button"))
        return
    if not text or len(text) > limit:
        await message.answer(turn.t("rem-chk-too-long", limit=limit))
        return
    field = FIELDS[[step.state for step in STEPS].index(await turn.state.get_state())]
    await checkin_notes.answer(turn.repo.session, note, field, text)
    await advance(message, turn, note)


async def skip_pressed(query: CallbackQuery, note: int, message: Message, turn: Turn) -> None:
    await drop_keyboard(message)
    await advance(message, turn, note)


def build_router() -> Router:
    router = Router(name="reminders.checkin")
    in_dialogue = StateFilter(*STEPS)
    router.callback_query.register(start_pressed, CheckinCb.filter(F.action == "start"))
    router.callback_query.register(
        skip_pressed, in_dialogue, CheckinCb.filter(F.action == "skip"), Owned(checkin_note)
    )
    router.message.register(answered, in_dialogue, PLAIN_TEXT)
    return router
