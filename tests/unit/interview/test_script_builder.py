"""The interview script built from the five answers: sections, embedded answers, no pitching."""

import importlib.util
import re

import pytest

from bot.i18n import I18n, Translator
from bot.interview.script import (
    PLAN,
    QUOTE_LIMIT,
    SECTIONS,
    ScriptItem,
    build_document,
    build_script,
    sections,
    shorten,
)
from bot.value_prop.questions import FIELDS, Field

ANSWERS = {
    Field.SEGMENT: "Владельцы 1–3 кофеен в Казани",
    Field.PROBLEM: "Выбрасывают 8–12% молока каждую неделю",
    Field.SITUATION: "Вечером в воскресенье, когда владелец составляет заказ на неделю.",
    Field.BENEFIT: "Заказ за 10 минут вместо часа",
    Field.CONTROL: "Списания ниже 4% через месяц",
}
LANGUAGES = ("ru", "en")

# Phrases of hypothetical, future or pitching questions (The Mom Test's "bad data").
MARKERS = (
    "would you",
    "would it",
    "will you",
    "if you had",
    "imagine",
    "our product",
    "our app",
    "how much would",
    "если бы",
    "купили бы",
    "заплатили бы",
    "хотели бы",
    "будете ли",
    "представьте",
    "наш продукт",
    "наше приложение",
)


def tr(language: str) -> Translator:
    return I18n().get(language)


def texts(items: list[ScriptItem]) -> list[str]:
    return [item.text for item in items]


@pytest.mark.parametrize("language", LANGUAGES)
def test_script_has_every_section_in_order(language: str) -> None:
    items = build_script(ANSWERS, tr(language))
    order = list(dict.fromkeys(item.section for item in items))
    assert order == list(SECTIONS)
    assert 20 <= len(items) <= 26
    for section in SECTIONS:
        count = sum(item.section == section for item in items)
        assert 2 <= count <= 4, section
        assert count == PLAN[section][0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_is_non_empty_and_distinct(language: str) -> None:
    items = build_script(ANSWERS, tr(language))
    assert all(item.text.strip() for item in items)
    assert len(set(texts(items))) == len(items)
    assert all("{" not in text and "}" not in text for text in texts(items))


def test_questions_point_at_the_hypothesis_they_test() -> None:
    items = build_script(ANSWERS, tr("ru"))
    tested = {item.field for item in items if item.field is not None}
    assert tested == set(FIELDS)
    assert {item.field for item in items if item.section in {"opening", "close"}} == {None}
    assert {item.field for item in items if item.section == "qualifying"} == {Field.SEGMENT}
    assert {item.field for item in items if item.section == "control"} == {Field.CONTROL}


@pytest.mark.parametrize("language", LANGUAGES)
def test_situation_question_quotes_the_answer_without_its_full_stop(language: str) -> None:
    items = build_script(ANSWERS, tr(language))
    first = next(item for item in items if item.section == "situation")
    quoted = "Вечером в воскресенье, когда владелец составляет заказ на неделю"
    assert quoted in first.text
    assert quoted + "." not in first.text
    assert sum(quoted in text for text in texts(items)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("missing", [None, "", "   \n"])
def test_missing_situation_uses_the_generic_question(language: str, missing: str | None) -> None:
    t = tr(language)
    items = build_script({**ANSWERS, Field.SITUATION: missing}, t)
    first = next(item for item in items if item.section == "situation")
    assert first.text == t("script-q-situation-1-generic")
    assert len(items) == len(build_script(ANSWERS, t))


def test_no_answers_at_all_still_give_a_full_script() -> None:
    t = tr("en")
    items = build_script({}, t)
    assert len(items) == len(build_script(ANSWERS, t))
    assert "script-q-situation-1-generic" not in texts(items)  # the text, not the key
    assert t("script-q-situation-1-generic") in texts(items)


def test_long_answer_is_cut_at_a_word_inside_the_question() -> None:
    long_answer = "когда " + "очень " * 80 + "поздно"
    items = build_script({Field.SITUATION: long_answer}, tr("ru"))
    first = next(item for item in items if item.section == "situation")
    quoted = shorten(long_answer, QUOTE_LIMIT)
    assert quoted is not None
    assert quoted.endswith("…")
    assert len(quoted) <= QUOTE_LIMIT
    assert quoted in first.text
    assert "очен…" not in quoted


def test_answer_is_flattened_to_one_line() -> None:
    assert shorten("  first line\n\nsecond   line!!  ", 100) == "first line second line"
    assert shorten(" .. ", 100) is None


def all_generated_questions() -> list[tuple[str, str]]:
    found = []
    for language in LANGUAGES:
        t = tr(language)
        for answers in (ANSWERS, {}):
            found += [(language, text) for text in texts(build_script(answers, t))]
    return found


def test_no_question_is_hypothetical_or_a_pitch() -> None:
    for language, text in all_generated_questions():
        lowered = text.casefold()
        hits = [marker for marker in MARKERS if marker in lowered]
        assert not hits, f"{language}: {text!r} contains {hits}"
        # "бы" is the Russian conditional: "would" in disguise.
        assert not re.search(r"\bбы\b", lowered), f"{language}: {text!r}"


@pytest.mark.skipif(
    importlib.util.find_spec("bot.interview.linter") is None,
    reason="the question linter is not written yet",
)
def test_every_generated_question_passes_the_question_linter() -> None:
    from bot.interview.linter import lint_question  # noqa: PLC0415

    for language, text in all_generated_questions():
        assert lint_question(text) == [], f"{language}: {text!r}"


def test_document_groups_questions_and_notes_each_hypothesis_once() -> None:
    t = tr("ru")
    doc = build_document(ANSWERS, t, vp_name="Кофейни Казани")
    assert [label for label, _ in doc.hypotheses] == [
        "Сегмент",
        "Проблема",
        "Ситуация",
        "Выгода",
        "Контроль",
    ]
    groups = sections(doc, t)
    assert [group.section for group in groups] == list(SECTIONS)
    numbers = [number for group in groups for number, _ in group.questions]
    assert numbers == list(range(1, len(doc.items) + 1))
    notes = {group.section: group.notes for group in groups}
    assert notes["qualifying"] == ["Проверяем гипотезу «Сегмент»: Владельцы 1–3 кофеен в Казани"]
    assert notes["workaround_cost"] == []  # the problem was noted in the section before
    assert notes["opening"] == notes["close"] == []
    assert sum(len(group.notes) for group in groups) == len(FIELDS)


def test_document_notes_a_missing_hypothesis_and_titles_a_founder_section() -> None:
    t = tr("en")
    doc = build_document({**ANSWERS, Field.BENEFIT: None}, t, vp_name="Cafés")
    doc.items.insert(-2, ScriptItem(section="founder", text="What did you order last week?"))
    groups = sections(doc, t)
    benefit = next(group for group in groups if group.section == "benefit")
    assert benefit.notes == [t("script-hypothesis-missing", label="Benefit")]
    founder = next(group for group in groups if group.section == "founder")
    assert founder.title == t("script-section-founder")
    assert founder.notes == []


def test_unknown_section_gets_no_title_instead_of_failing() -> None:
    t = tr("ru")
    doc = build_document(ANSWERS, t, vp_name="x")
    doc.items.append(ScriptItem(section="from-the-future", text="Когда это было?"))
    assert sections(doc, t)[-1].title == ""
