"""A nudge speaks of how much is left only when little is: never "almost done" at question 1."""

import pytest

from bot.dialogues import DialogueSpot
from bot.i18n import I18n
from bot.reminders.delivery import compose
from bot.value_prop.questions import FIELDS

NEAR_THE_END = {
    "ru": ("немного", "последний", "два вопроса"),
    "en": ("question left", "questions left", "not much"),
}


def nudge_text(language: str, question: int) -> str:
    spot = DialogueSpot(dialogue="vp", vp=1, step=FIELDS[question - 1].value)
    return compose.nudge(I18n().get(language), spot, "Кофейни", last=False).text


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("question", [1, 2, 3])
def test_early_questions_do_not_promise_the_end(language: str, question: int) -> None:
    text = nudge_text(language, question)
    assert f"{question} " in text
    assert not any(word in text.lower() for word in NEAR_THE_END[language]), text


def test_the_last_two_questions_say_how_many_are_left() -> None:
    assert "Остался последний вопрос" in nudge_text("ru", 5)
    assert "Осталось всего два вопроса" in nudge_text("ru", 4)
    assert "Just one question left" in nudge_text("en", 5)
    assert "Only two questions left" in nudge_text("en", 4)


def test_review_is_the_only_almost_done() -> None:
    spot = DialogueSpot(dialogue="vp", vp=1, step="review")
    text = compose.nudge(I18n().get("ru"), spot, "Кофейни", last=False).text
    assert "почти готово" in text
