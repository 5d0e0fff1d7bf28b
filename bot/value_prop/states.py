"""FSM states of the value-proposition dialogue, named after what they collect."""

from aiogram.fsm.state import State, StatesGroup

from bot.value_prop.questions import Field


class VpDialog(StatesGroup):
    name = State()
    segment = State()
    problem = State()
    situation = State()
    benefit = State()
    control = State()
    review = State()
    editing = State()
    rename = State()


QUESTION_STATES: dict[Field, State] = {
    Field.SEGMENT: VpDialog.segment,
    Field.PROBLEM: VpDialog.problem,
    Field.SITUATION: VpDialog.situation,
    Field.BENEFIT: VpDialog.benefit,
    Field.CONTROL: VpDialog.control,
}


def field_of_state(state: str | None) -> Field | None:
    """The question a state collects, e.g. 'VpDialog:problem' → Field.PROBLEM."""
    for field, candidate in QUESTION_STATES.items():
        if candidate.state == state:
            return field
    return None
