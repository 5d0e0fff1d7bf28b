"""Issue 12's linter findings: yes/no and scale self-diagnosis, other people's opinions, market
prices, promises about the future. The good questions that must stay clean (the Mom Test
closing ones, look-alikes of the new kinds) are in test_linter.GOOD_QUESTIONS."""

import pytest

from bot.interview.linter.engine import LintFinding, lint_question


@pytest.mark.parametrize(
    ("rule", "question"),
    [
        ("self_diagnosis", "Вам сложно вести учёт смен?"),
        ("self_diagnosis", "трудно ли вам находить курьеров"),
        ("self_diagnosis", "Насколько вас раздражают отмены, от 1 до 10?"),
        ("self_diagnosis", "How big a problem is invoicing for you, from 1 to 5?"),
        ("self_diagnosis", "is payroll a pain for you"),
        ("self_diagnosis", "Do you struggle with hiring?"),
        ("third_party_opinion", "Do you think other salons would pay for this?"),
        ("third_party_opinion", "как думаете, другие кофейни стали бы этим пользоваться"),
        ("third_party_opinion", "Есть ли спрос на такое в вашем городе?"),
        ("usual_price", "Сколько обычно берут за такую услугу?"),
        ("usual_price", "what's the going rate for a tutor"),
        ("usual_price", "How much do agencies usually charge for this?"),
        ("future_promise", "Вы купите, когда мы запустимся?"),
        ("future_promise", "Можно на вас рассчитывать как на первого клиента?"),
        ("future_promise", "Will you sign up once it's ready?"),
        ("future_promise", "Can we count on you for the pilot?"),
    ],
)
def test_new_kind_of_bad_question_gets_its_rule(rule: str, question: str) -> None:
    assert LintFinding(rule) in lint_question(question)


def test_promise_absorbs_the_hypothetical_in_its_sentence() -> None:
    assert lint_question("Вы подпишетесь, когда мы запустимся?") == [LintFinding("future_promise")]
    assert lint_question("If we build it, will you buy it?") == [LintFinding("future_promise")]


def test_their_own_launch_is_a_hypothetical_not_a_promise_to_us() -> None:
    rules = {f.rule for f in lint_question("Когда вы откроете вторую точку, что будете менять?")}
    assert rules == {"future_hypothetical"}


def test_third_party_guess_absorbs_the_hypothetical() -> None:
    assert lint_question("Do you think most gyms would switch?") == [
        LintFinding("third_party_opinion")
    ]
