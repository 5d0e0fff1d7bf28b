"""Recognising messages that are not answers, without mistaking real answers for them."""

import pytest

from bot.value_prop.non_answer import non_answer_kind


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("а что сюда писать? можно пример?", "ru", "question"),
        ("Можно пример?", "ru", "question"),
        ("не понимаю вопрос", "ru", "question"),
        ("что имеется в виду?", "ru", "question"),
        ("What should I write here?", "en", "question"),
        ("can you give an example?", "en", "question"),
        ("не знаю", "ru", "dont_know"),
        ("Ну не знаю...", "ru", "dont_know"),
        ("пока не уверен", "ru", "dont_know"),
        ("хз", "ru", "dont_know"),
        ("not sure yet", "en", "dont_know"),
        ("I don't know 🤷", "en", "dont_know"),
        ("no idea", "en", "dont_know"),
        ("назад", "ru", "back"),
        ("Назад!", "ru", "back"),
        ("go back", "en", "back"),
        ("help", "en", "help"),
        ("помогите", "ru", "help"),
        ("help", "ru", "help"),  # people mix languages
        ("не знаю", "en", "dont_know"),
    ],
)
def test_non_answers_are_recognised(text: str, lang: str, kind: str) -> None:
    assert non_answer_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("все", "ru"),
        ("малый бизнес", "ru"),
        ("Клиенты не знают, куда звонить, когда ломается техника", "ru"),
        ("Владельцы кофеен, которые не знают, сколько зерна заказать", "ru"),
        ("Например, владельцы салонов красоты в Казани", "ru"),
        ("Как найти клиентов, если бюджет на рекламу кончился?", "ru"),
        ("Owners who are not sure which supplier to trust", "en"),
        ("They go back to spreadsheets every Friday", "en"),
        ("Customers need help filing taxes in April", "en"),
        ("everyone", "en"),
    ],
)
def test_answers_are_not_taken_for_non_answers(text: str, lang: str) -> None:
    assert non_answer_kind(text) is None
