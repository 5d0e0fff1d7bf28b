"""Coaching checks of the five answers: pure rules that spot a vague answer, in Russian or English.

Each field has one check; a finding names the locale key of the coaching message. The rules live in
``checks_<field>.py``; this module only routes an answer to its rule.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.value_prop.checks_benefit import benefit_repeats_problem
from bot.value_prop.checks_control import control_not_observable
from bot.value_prop.checks_problem import problem_is_solution
from bot.value_prop.checks_segment import segment_too_broad
from bot.value_prop.checks_situation import situation_no_trigger
from bot.value_prop.questions import Field

SEGMENT_TOO_BROAD = "segment_too_broad"
PROBLEM_IS_SOLUTION = "problem_is_solution"
SITUATION_NO_TRIGGER = "situation_no_trigger"
BENEFIT_REPEATS_PROBLEM = "benefit_repeats_problem"
CONTROL_NOT_OBSERVABLE = "control_not_observable"

# The check each field gets, in question order.
CODES: Mapping[Field, str] = {
    Field.SEGMENT: SEGMENT_TOO_BROAD,
    Field.PROBLEM: PROBLEM_IS_SOLUTION,
    Field.SITUATION: SITUATION_NO_TRIGGER,
    Field.BENEFIT: BENEFIT_REPEATS_PROBLEM,
    Field.CONTROL: CONTROL_NOT_OBSERVABLE,
}


@dataclass(frozen=True)
class Finding:
    """A vague answer: which check fired."""

    code: str

    @property
    def text_key(self) -> str:
        """Locale key of the coaching message."""
        return f"coach-{self.code.replace('_', '-')}"


def _flagged(field: Field, text: str, answers: Mapping[Field, str | None]) -> bool:
    match field:
        case Field.SEGMENT:
            return segment_too_broad(text)
        case Field.PROBLEM:
            return problem_is_solution(text)
        case Field.SITUATION:
            return situation_no_trigger(text)
        case Field.BENEFIT:
            return benefit_repeats_problem(text, answers.get(Field.PROBLEM))
        case Field.CONTROL:
            return control_not_observable(text)


def check_answer(
    field: Field, text: str, answers: Mapping[Field, str | None] | None = None
) -> Finding | None:
    """The coaching finding for one answer, or None when it is fine (or blank).

    ``answers`` are the founder's other current answers; the benefit is compared with the problem.
    """
    if not text.strip():
        return None
    if _flagged(field, text, answers or {}):
        return Finding(CODES[field])
    return None
