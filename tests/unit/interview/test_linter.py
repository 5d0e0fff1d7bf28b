"""Question linter: each rule on typical questions, good questions clean, keys, language."""

import pytest

from bot.config import LANGUAGES
from bot.i18n import I18n
from bot.interview.linter.engine import RULES, LintFinding, detect_language, lint_question

GOOD_QUESTIONS = [
    "Сколько вы потратили на рекламу в прошлом квартале?",
    "Who else should I talk to?",
    "Расскажите о последнем случае, когда клиент не пришёл.",
    "What did you do about it?",
    "Как вы решаете это сейчас?",
    "How much did that cost you last month?",
    "Что было самым сложным в прошлый раз?",
    "Кого бы вы посоветовали, с кем ещё стоит поговорить?",
    "Не могли бы вы рассказать, как проходит приёмка?",
    "Would you mind telling me about the last time it broke?",
    "What's the hardest part about scheduling your staff?",
    "Какие проблемы возникли при переезде в прошлом году?",
    # The Mom Test closing questions.
    "What else should I have asked?",
    "what else should i have asked you",
    "Is there anything I should've asked but didn't?",
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

TYPICAL = [
    ("future_hypothetical", "Будете ли вы пользоваться таким приложением?"),
    ("future_hypothetical", "стали бы вы заказывать корм онлайн"),
    ("future_hypothetical", "Would you use an app for this?"),
    ("future_hypothetical", "Are you going to hire someone next year?"),
    ("price_guess", "Сколько вы готовы заплатить за это?"),
    ("price_guess", "How much would you pay for it?"),
    ("price_guess", "Is $49 a month too expensive?"),
    ("opinion_of_idea", "Что думаете о нашей идее?"),
    ("opinion_of_idea", "Нравится ли вам прототип?"),
    ("opinion_of_idea", "What do you think of my app?"),
    ("opinion_of_idea", "Would this be useful for you?"),
    ("leading", "Вы же теряете на этом деньги?"),
    ("leading", "Это ведь неудобно, не так ли?"),
    ("leading", "You hate doing this by hand, right?"),
    ("leading", "Isn't it annoying?"),
    ("pitching", "Мы делаем приложение для записи к мастеру."),
    ("pitching", "Our app lets you book a table in one tap."),
    ("pitching", "We're building a tool for landlords."),
    ("self_diagnosis", "Какая ваша самая большая боль?"),
    ("self_diagnosis", "What's your biggest challenge?"),
    ("self_diagnosis", "What keeps you up at night?"),
    ("self_diagnosis", "What features do you want?"),
]


@pytest.mark.parametrize("question", GOOD_QUESTIONS)
def test_good_question_passes_clean(question: str) -> None:
    assert lint_question(question) == []


@pytest.mark.parametrize(("rule", "question"), TYPICAL)
def test_typical_bad_question_gets_its_rule(rule: str, question: str) -> None:
    assert LintFinding(rule) in lint_question(question)


def test_findings_follow_rule_order_without_duplicates() -> None:
    question = "Мы делаем бота. Вы бы им пользовались? Это ведь удобно, правда?"
    rules = [finding.rule for finding in lint_question(question)]
    assert rules == ["future_hypothetical", "leading", "pitching"]
    assert rules == sorted(rules, key=list(RULES).index)


def test_price_question_in_conditional_reports_only_the_price() -> None:
    assert lint_question("How much would you pay for this?") == [LintFinding("price_guess")]
    assert lint_question("Сколько бы вы отдали за это?") == [LintFinding("price_guess")]


def test_hypothetical_in_another_sentence_is_still_reported() -> None:
    rules = {f.rule for f in lint_question("Is $20 too expensive? Would you switch to us?")}
    assert rules == {"price_guess", "future_hypothetical"}


def test_rules_match_words_not_parts_of_words() -> None:
    assert lint_question("Сколько стоила вам платформа в прошлом году?") == []
    assert lint_question("Did you get it right?") == []


def test_blank_question_has_no_findings() -> None:
    assert lint_question("   ") == []


def test_keys_are_hyphenated() -> None:
    finding = LintFinding("future_hypothetical")
    assert finding.message_key == "lint-future-hypothetical"
    assert finding.rewrite_key == "lint-future-hypothetical-rewrite"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_has_a_message_and_a_rewrite(language: str) -> None:
    t = I18n().get(language)
    for rule in RULES:
        finding = LintFinding(rule)
        assert t(finding.message_key).strip()
        assert t(finding.rewrite_key).strip()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Как вы ведёте учёт в CRM?", "ru"),
        ("How do you track orders?", "en"),
        ("Сколько стоит SaaS для HR?", "ru"),
        ("Is Яндекс Go cheaper?", "en"),
        ("?!", "ru"),
    ],
)
def test_language_is_the_majority_alphabet(text: str, language: str) -> None:
    assert detect_language(text) == language
