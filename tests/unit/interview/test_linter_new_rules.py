"""Issue 12's linter findings: yes/no and scale self-diagnosis, other people's opinions, market
prices, promises about the future; good questions (the Mom Test closing ones, look-alikes of
the bad kinds, requests and referrals) are never flagged."""

import pytest

from bot.interview.linter.engine import LintFinding, lint_question

GOOD_QUESTIONS = [
    # The Mom Test closing questions.
    "What else should I have asked?",
    "what else should i have asked you",
    "Is there anything I should've asked but didn't?",
    "Who else should I talk to?",
    "who else would you suggest i talk to",
    "Anyone else you think I should speak with?",
    "Что ещё мне стоило спросить?",
    "о чём я не спросил, а стоило бы спросить?",
    "С кем ещё мне стоит поговорить?",
    "Кого бы вы посоветовали расспросить ещё?",
    "кого ещё посоветуете",
    # Their own price and their own past are facts, not a guess about the market.
    "Сколько вы сейчас платите бухгалтеру?",
    "Сколько вы обычно платите мастеру за смену?",
    "How much do you charge your clients now?",
    "What did the last plumber charge you?",
    "Сколько сейчас стоит ваш час работы?",
    "Какая у вас сейчас цена за стрижку?",
    # Past episodes and follow-ups dig into what happened.
    "Сложно ли было найти замену в прошлый раз?",
    "Почему вам это неудобно?",
    "How hard was it to find a tenant last time?",
    "Did you struggle with it last winter?",
    # A polite opener and a follow-up request.
    "Удобно ли вам сейчас говорить?",
    "можно я вам позвоню, если возникнут вопросы",
    # Requests, presents and referrals: no promise about the future.
    "Покажете, как вы ведёте таблицу?",
    "Сможете вспомнить, сколько это стоило?",
    "Как вы узнаёте о новых заказах?",
    "Кого посоветуете позвать на следующее интервью?",
]


@pytest.mark.parametrize("question", GOOD_QUESTIONS)
def test_good_question_is_never_flagged(question: str) -> None:
    assert lint_question(question) == []


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
