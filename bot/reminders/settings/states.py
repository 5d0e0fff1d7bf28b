"""FSM states of the reminder settings (typed answers) and of the weekly check-in dialogue.

Typing a zone or a date mid-dialogue must not lose the dialogue: entering one of these states
stashes the previous state and data, and leaving restores them.
"""

from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup

STASH = "stash"


class ReminderInput(StatesGroup):
    timezone = State()
    quiet = State()
    cadence_date = State()
    cadence_time = State()
    checkin_time = State()


class CheckinDialog(StatesGroup):
    hypothesis = State()
    action = State()
    data = State()
    insight = State()


OWN_STATES = frozenset(
    state.state for group in (ReminderInput, CheckinDialog) for state in group.__all_states__
)


async def begin_input(state: FSMContext, target: State, **data: Any) -> None:
    """Enter ``target`` with ``data``, remembering where the founder was (once, not nested)."""
    current = await state.get_state()
    previous = await state.get_data()
    own = current in OWN_STATES
    stash = previous.get(STASH) if own else {"state": current, "data": previous}
    await state.set_state(target)
    await state.set_data({STASH: stash, **data})


async def end_input(state: FSMContext) -> None:
    """Leave our state; the founder is back where they were."""
    stash = (await state.get_data()).get(STASH) or {}
    await state.set_state(stash.get("state"))
    await state.set_data(stash.get("data") or {})
