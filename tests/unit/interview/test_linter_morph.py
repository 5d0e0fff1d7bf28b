"""Russian morphology in the linter: second-person futures by tense, not by a list of forms."""

import pytest

from bot.interview.linter.engine import LintFinding, lint_question
from bot.interview.linter.match import compile_any
from bot.interview.linter.morph import REQUEST_LEMMAS, VerbRule, you_will_lemma


def is_you_will(word: str) -> bool:
    return you_will_lemma(word) is not None


def is_you_will_not_request(word: str) -> bool:
    return you_will_lemma(word) not in {None, *REQUEST_LEMMAS}


@pytest.mark.parametrize(
    "word", ["подпишетесь", "купите", "внедрите", "закажешь", "будете", "перейдете", "станете"]
)
def test_second_person_future_is_recognised(word: str) -> None:
    assert is_you_will(word)


@pytest.mark.parametrize(
    "word",
    [
        "платите",  # present
        "купили",  # past
        "купить",  # infinitive
        "узнаете",  # узнать (future) or узнавать (present): without ё it stays a present
        "передаете",
        "купим",  # first person
        "кошка",
    ],
)
def test_other_forms_are_not_futures(word: str) -> None:
    assert not is_you_will(word)


def test_polite_requests_are_not_hypotheticals() -> None:
    assert is_you_will("покажете")
    assert not is_you_will_not_request("покажете")
    assert not is_you_will_not_request("расскажете")
    assert is_you_will_not_request("внедрите")


@pytest.mark.parametrize(
    "question",
    ["Внедрите такую систему у себя?", "Закажешь у нас торт?", "Доверите нам бухгалтерию?"],
)
def test_any_future_verb_makes_a_hypothetical(question: str) -> None:
    assert LintFinding("future_hypothetical") in lint_question(question)


def test_verb_rule_with_a_cue_needs_the_verb_near_and_in_the_same_sentence() -> None:
    rule = VerbRule(cue=compile_any(r"\bточно\b"), near=1)
    assert rule.spans("вы точно купите?") == [(3, 8)]
    assert rule.spans("вы точно, совершенно точно не знаете. купите?") == []
    launch = VerbRule(cue=compile_any(r"\bкогда\s+\S+\s+запустим\S*"))
    assert launch.spans("подпишетесь, когда мы запустимся?")
    assert not launch.spans("подпишетесь? когда мы запустимся, напишу.")
