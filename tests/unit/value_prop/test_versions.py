"""Versions of a proposition: lineages, the automatic name, the pre-filled question, the card."""

from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO

import pytest
from PIL import Image, ImageChops

from bot.db.models import Interview, InterviewNote
from bot.i18n import I18n
from bot.value_prop.card.image import render_card_png
from bot.value_prop.card.model import build_card
from bot.value_prop.card.text import render_card_html
from bot.value_prop.questions import Field
from bot.value_prop.versions.lineage import lineage_of, lineages
from bot.value_prop.versions.naming import auto_name
from bot.value_prop.versions.prefill import can_keep, previous_block
from bot.value_prop.versions.service import CustomerWord, PriorAnswer, PriorVersion, customer_words

RU = I18n().get("ru")
EN = I18n().get("en")


@dataclass(frozen=True)
class Row:
    id: int
    parent_id: int | None = None
    version: int = 1


def test_versions_group_under_their_first_version_in_creation_order() -> None:
    rows = [Row(1), Row(2), Row(3, 1, 2), Row(4), Row(5, 3, 3)]
    assert [[row.id for row in group] for group in lineages(rows)] == [[1, 3, 5], [2], [4]]
    assert [row.version for row in lineage_of(5, rows)] == [1, 2, 3]
    assert lineage_of(99, rows) == []


def test_a_version_whose_parent_is_gone_starts_its_own_lineage() -> None:
    rows = [Row(3, 1, 2), Row(4, 3, 3)]
    assert [[row.id for row in group] for group in lineages(rows)] == [[3, 4]]


NAMES = [
    # The old cut left "…Казани,…": now it stops at the end of the clause.
    (
        "Владельцы салонов красоты в Казани, которые сами ведут запись",
        "Владельцы салонов красоты в Казани",
    ),
    (
        "Owners of beauty salons in Kazan, who keep their own bookings",
        "Owners of beauty salons in Kazan",
    ),
    # No clause end late enough: cut at a word, never after a dangling preposition.
    (
        "Семейные стоматологические клиники в городах до 500 тысяч",
        "Семейные стоматологические клиники…",
    ),
    (
        "Пекарни Казани, где владелец сам стоит за кассой",
        "Пекарни Казани, где владелец сам стоит…",
    ),
    ("  владельцы   кофеен,  ", "Владельцы кофеен"),
    (
        "Owners of small coffee shops in Kazan who roast their own beans",
        "Owners of small coffee shops in Kazan…",
    ),
]


@pytest.mark.parametrize(("segment", "name"), NAMES)
def test_name_it_later_gives_a_clean_short_name(segment: str, name: str) -> None:
    assert auto_name(segment) == name
    assert len(auto_name(segment)) <= 41
    assert not auto_name(segment).rstrip("…").endswith((",", " ", ";", ":"))


PREVIOUS = PriorVersion(
    id=1,
    version=1,
    answers={
        Field.SEGMENT: PriorAnswer("Кофейни <Казани>", skipped=False, kept_finding=None),
        Field.SITUATION: PriorAnswer(None, skipped=True, kept_finding=None),
    },
    words={
        Field.SEGMENT: (
            CustomerWord("Ильдар", "refuted", "Мы & не закупаем зерно сами"),
            CustomerWord("Марина", None, None),
        )
    },
    interviews=2,
)


def test_a_revised_question_shows_the_previous_answer_and_what_customers_said() -> None:
    block = previous_block(RU, PREVIOUS, Field.SEGMENT)
    assert "В версии 1 вы писали:</b> Кофейни &lt;Казани&gt;" in block
    assert "• Ильдар — опроверг: «Мы &amp; не закупаем зерно сами»" in block
    assert "• Марина — без оценки" in block
    assert "Оставьте прежний ответ кнопкой" in block
    assert can_keep(PREVIOUS, Field.SEGMENT)


def test_a_skipped_or_unheard_field_says_so_and_only_answered_fields_can_be_kept() -> None:
    situation = previous_block(EN, PREVIOUS, Field.SITUATION)
    assert "this question was skipped" in situation
    assert "Customers said nothing about it." in situation
    problem = previous_block(EN, PREVIOUS, Field.PROBLEM)
    assert "Keep the previous answer" not in problem
    assert can_keep(PREVIOUS, Field.SITUATION)  # a skip is kept as a skip
    assert not can_keep(PREVIOUS, Field.PROBLEM)
    assert not can_keep(None, Field.SEGMENT)


def test_customer_words_keep_quotes_apart_from_notes_and_mark_people_outside_the_segment() -> None:
    interviews = [
        Interview(
            respondent="Олег",
            segment_fit="yes",
            notes=[
                InterviewNote(
                    field="problem", said="Теряем полдня", quote="", verdict="confirmed"
                ),
                InterviewNote(field="benefit", said=None, verdict=None),  # skipped
                InterviewNote(field="control", said="  ", verdict="unclear"),
            ],
        ),
        Interview(
            respondent="Гость",
            segment_fit="no",
            notes=[InterviewNote(field="problem", said="Чай", quote="Мы чай", verdict="refuted")],
        ),
    ]
    words = customer_words(interviews)
    assert words == {
        Field.PROBLEM: (
            CustomerWord("Олег", "confirmed", None, "Теряем полдня"),
            CustomerWord("Гость", "refuted", "Мы чай", "Чай", outside=True),
        ),
        Field.CONTROL: (CustomerWord("Олег", "unclear", None),),
    }
    block = previous_block(RU, replace(PREVIOUS, words=words), Field.PROBLEM)
    assert "• Олег — подтвердил, ваши заметки: Теряем полдня" in block  # not as their words
    assert "• Гость (вне сегмента) — опроверг: «Мы чай»" in block
    assert "Чай»" not in block


ANSWERS: dict[Field, str | None] = dict.fromkeys(Field, "ответ")


def test_the_card_shows_its_version_beside_the_title_in_text_and_image() -> None:
    plain = build_card(RU, name="ЦП", founder="Анна", answers=ANSWERS, on=date(2026, 12, 6))
    second = build_card(
        RU, name="ЦП", founder="Анна", answers=ANSWERS, on=date(2026, 12, 6), version=2
    )
    assert render_card_html(second).startswith("<b>Ценностное предложение</b> · <b>v2</b>\n")
    assert " · <b>v" not in render_card_html(plain)
    before = Image.open(BytesIO(render_card_png(plain))).convert("RGB")
    after = Image.open(BytesIO(render_card_png(second))).convert("RGB")
    changed = ImageChops.difference(before, after).getbbox()
    assert changed is not None
    assert changed[3] < 120  # only the title line at the top differs
