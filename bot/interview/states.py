"""FSM states of the interview dialogues, named after what they collect."""

from aiogram.fsm.state import State, StatesGroup


class InterviewDialog(StatesGroup):
    question = State()  # a question the founder adds to the script
    respondent = State()
    held_on = State()
    segment_fit = State()
    said = State()  # what the customer said about the current hypothesis
    quote = State()  # the customer's own words on the current hypothesis
    verdict = State()
    key_quote = State()  # no longer asked; a draft left here resumes on any input
    commitment = State()
    next_step = State()


class ScriptDialog(StatesGroup):
    topic = State()  # the customer's world named in the script, typed by the founder
