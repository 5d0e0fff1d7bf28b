"""Coaching checks of the five answers: pure rules that spot a vague answer, in Russian or English.

Each field has its check in a module of this package (cue lists in ``rules/``); a finding names the
reasons (ids of what is missing), the first of which picks the coaching message.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.value_prop.checks import benefit, control, situation
from bot.value_prop.checks.problem import problem_is_solution
from bot.value_prop.checks.segment import segment_too_broad
from bot.value_prop.questions import Field

SEGMENT_TOO_BROAD = "segment_too_broad"
PROBLEM_IS_SOLUTION = "problem_is_solution"

# Every reason id each field can give, the main one first.
REASONS: Mapping[Field, tuple[str, ...]] = {
    Field.SEGMENT: (SEGMENT_TOO_BROAD,),
    Field.PROBLEM: (PROBLEM_IS_SOLUTION,),
    Field.SITUATION: (situation.NO_TRIGGER,),
    Field.BENEFIT: (benefit.REPEATS, benefit.GENERIC),
    Field.CONTROL: control.REASONS,
}


@dataclass(frozen=True)
class Finding:
    """A vague answer: the reasons, main one first (``code``)."""

    reasons: tuple[str, ...]

    @property
    def code(self) -> str:
        """The main reason: it picks the coaching message and is stored when the answer is kept."""
        return self.reasons[0]

    @property
    def text_key(self) -> str:
        """Locale key of the coaching message."""
        return reason_key(self.code)


def reason_key(reason: str) -> str:
    """Locale key of the coaching message for one reason id."""
    return f"coach-{reason.replace('_', '-')}"


def answer_reasons(field: Field, text: str, problem: str | None = None) -> list[str]:
    """Reason ids of what the answer misses (empty when fine); ``problem`` is benefit context."""
    match field:
        case Field.SEGMENT:
            return [SEGMENT_TOO_BROAD] if segment_too_broad(text) else []
        case Field.PROBLEM:
            return [PROBLEM_IS_SOLUTION] if problem_is_solution(text) else []
        case Field.SITUATION:
            return [situation.NO_TRIGGER] if situation.situation_no_trigger(text) else []
        case Field.BENEFIT:
            return benefit.benefit_reasons(text, problem)
        case Field.CONTROL:
            return control.control_reasons(text)


def check_answer(
    field: Field, text: str, answers: Mapping[Field, str | None] | None = None
) -> Finding | None:
    """The coaching finding for one answer, or None when it is fine (or blank).

    ``answers`` are the founder's other current answers; the benefit is compared with the problem.
    """
    if not text.strip():
        return None
    reasons = answer_reasons(field, text, (answers or {}).get(Field.PROBLEM))
    return Finding(tuple(reasons)) if reasons else None
