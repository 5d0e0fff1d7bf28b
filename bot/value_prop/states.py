"""FSM states of the value-proposition dialogue, named after what they collect."""

from aiogram.fsm.state import State, StatesGroup

from bot.value_prop.questions import FIELDS, Field


class VpDialog(StatesGroup):
    name = State()
    segment = State()
    problem = State()
    situation = State()
    benefit = State()
    control = State()
    review = State()
    rename = State()


# A question's state is named after its field.
QUESTION_STATES: dict[Field, State] = {field: getattr(VpDialog, field) for field in FIELDS}
_FIELD_OF_STATE = {state.state: field for field, state in QUESTION_STATES.items()}


def field_of_state(state: str | None) -> Field | None:
    """The question a state collects, e.g. 'VpDialog:problem' → Field.PROBLEM."""
    return _FIELD_OF_STATE.get(state or "")
