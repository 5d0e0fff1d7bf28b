"""Non-answers: questions back, "don't know", "back", "help"; answers that only look like them."""

import pytest

from bot.value_prop.non_answer import NonAnswer, non_answer_kind

NON_ANSWERS = [
    ("а что сюда писать? можно пример?", NonAnswer.QUESTION),
    ("Что тут написать?", NonAnswer.QUESTION),
    ("дайте пример пожалуйста", NonAnswer.QUESTION),
    ("пример?", NonAnswer.QUESTION),
    ("не понимаю, что имеется в виду", NonAnswer.QUESTION),
    ("what should I put here?", NonAnswer.QUESTION),
    ("can you give me an example", NonAnswer.QUESTION),
    ("what does segment mean?", NonAnswer.QUESTION),
    ("не знаю", NonAnswer.DONT_KNOW),
    ("Не знаю пока 🤷‍♀️", NonAnswer.DONT_KNOW),
    ("без понятия", NonAnswer.DONT_KNOW),
    ("not sure yet", NonAnswer.DONT_KNOW),
    ("dunno tbh", NonAnswer.DONT_KNOW),
    ("I don't know", NonAnswer.DONT_KNOW),
    ("назад", NonAnswer.BACK),
    ("Назад!", NonAnswer.BACK),
    ("шаг назад", NonAnswer.BACK),
    ("go back", NonAnswer.BACK),
    ("help", NonAnswer.HELP),
    ("помогите пожалуйста", NonAnswer.HELP),
    ("Help me!!", NonAnswer.HELP),
]
ANSWERS = [
    "не знаю точно, но, кажется, это владельцы кофеен у метро",
    "примерно 20 салонов красоты в Казани",
    "dentists, for example, with 2-3 chairs",
    "back-office clerks at small law firms",
    "назад в офис после отпуска выходят бухгалтеры, и у них завал",
    "what if it's wedding photographers who shoot 30+ weddings a year?",
    "help desk managers at SaaS startups",
    "Владельцы кофеен",
    "",
]


@pytest.mark.parametrize(("text", "kind"), NON_ANSWERS)
def test_non_answer_is_recognised_with_its_kind(text: str, kind: NonAnswer) -> None:
    assert non_answer_kind(text) == kind


@pytest.mark.parametrize("text", ANSWERS)
def test_answer_that_looks_like_a_non_answer_is_an_answer(text: str) -> None:
    assert non_answer_kind(text) is None


def test_kinds_are_plain_strings_for_the_dialogue_and_json() -> None:
    assert [str(kind) for kind in NonAnswer] == ["question", "dont_know", "back", "help"]
