"""The interview script mirrors the five answers: a block per hypothesis, screening by the
segment's traits, the customer's world named by the topic, vague answers never quoted."""

import re

import pytest

from bot.i18n import I18n, Translator
from bot.interview.linter.engine import lint_question
from bot.interview.script.generate import (
    SECTIONS,
    Proposition,
    ScriptItem,
    build_document,
    build_script,
    sections,
    shorten,
)
from bot.value_prop.questions import FIELDS, Field

DENTAL_RU = Proposition(
    {
        Field.SEGMENT: "Администраторы частных стоматологий в Москве на 2–5 кресел, "
        "которые сами ведут запись пациентов",
        Field.PROBLEM: "Пациенты забывают о записи и не приходят: 3–4 пустых окна в неделю",
        Field.SITUATION: "В понедельник утром, когда администратор обзванивает записанных",
        Field.BENEFIT: "Минус 3 пустых окна в неделю",
        Field.CONTROL: "Считаем неявки по журналу раз в неделю",
    }
)
GRAIN_RU = Proposition(
    {
        Field.SEGMENT: "Закупщики зерна на элеваторах Краснодарского края",
        Field.PROBLEM: "Закупка зерна у фермеров занимает неделю согласований",
        Field.SITUATION: "В августе, когда фермеры везут урожай все сразу",
        Field.BENEFIT: "Договор с фермером за день вместо недели",
        Field.CONTROL: "Средний срок согласования по журналу договоров",
    }
)
DENTAL_EN = Proposition(
    {
        Field.SEGMENT: "Receptionists of small dental clinics in Leeds with 2-5 chairs "
        "who book patients by phone",
        Field.PROBLEM: "Patient reminders take two hours a day of the receptionist's time",
        Field.SITUATION: "On Monday morning, when the week's appointments are confirmed",
        Field.BENEFIT: "Two hours a day back for the front desk",
        Field.CONTROL: "No-shows per week from the booking system",
    }
)
GRAIN_EN = Proposition(
    {
        Field.SEGMENT: "Grain buyers at elevators",
        Field.PROBLEM: "Grain purchasing from small farms takes a week of haggling",
        Field.SITUATION: "In August, when all the farms deliver at once",
        Field.BENEFIT: "A contract with a farm in one day",
        Field.CONTROL: "Average days to a signed contract",
    }
)
CASES = [
    ("ru", DENTAL_RU, "запись пациентов"),
    ("ru", GRAIN_RU, "закупка зерна"),
    ("en", DENTAL_EN, "patient reminders"),
    ("en", GRAIN_EN, "grain purchasing"),
]
TAGS = {"segment", "problem", "situation", "benefit", "control", "close"}


def tr(language: str) -> Translator:
    return I18n().get(language)


def texts(items: list[ScriptItem]) -> list[str]:
    return [item.text for item in items]


@pytest.mark.parametrize(("language", "prop", "topic"), CASES)
def test_script_has_ten_to_twenty_tagged_questions_in_blocks(
    language: str, prop: Proposition, topic: str
) -> None:
    items = build_script(prop, topic, tr(language))
    assert 10 <= len(items) <= 20
    assert {item.tag for item in items} == TAGS
    assert list(dict.fromkeys(item.section for item in items)) == list(SECTIONS)
    assert len(set(texts(items))) == len(items)
    assert all(item.text.strip() and "{" not in item.text for item in items)


@pytest.mark.parametrize(("language", "prop", "topic"), CASES)
def test_every_generated_question_passes_the_question_linter(
    language: str, prop: Proposition, topic: str
) -> None:
    for unclear in (frozenset(), frozenset(FIELDS)):
        varied = Proposition(prop.answers, vague=unclear)
        for item in build_script(varied, topic, tr(language)):
            assert lint_question(item.text) == [], f"{language}: {item.text!r}"


@pytest.mark.parametrize(("language", "prop", "topic"), CASES)
def test_no_founder_answer_is_read_out_but_the_topic_is(
    language: str, prop: Proposition, topic: str
) -> None:
    items = build_script(prop, topic, tr(language))
    joined = " ".join(texts(items)).casefold()
    for answer in prop.answers.values():
        assert answer is not None
        assert answer.casefold() not in joined
        start = shorten(answer, 40)
        assert start is not None
        assert start.casefold().rstrip("…") not in joined
    assert sum(topic in item.text for item in items) >= 3


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_dental_clinic_and_a_grain_elevator_get_different_scripts(language: str) -> None:
    t = tr(language)
    dental, grain = (case for case in CASES if case[0] == language)
    dental_items = build_script(dental[1], dental[2], t)
    grain_items = build_script(grain[1], grain[2], t)
    screen = [
        [i.text for i in items if i.section == "screening"]
        for items in (dental_items, grain_items)
    ]
    assert screen[0] != screen[1]
    # The clinic's size and place are screened; the elevator segment names neither.
    assert len(screen[0]) == 4
    assert t("script-q-screening-size") in screen[0]
    assert t("script-q-screening-size") not in screen[1]
    assert t("script-q-screening-tenure") in screen[1]
    assert dental[2] in " ".join(screen[0])
    assert grain[2] in " ".join(screen[1])
    assert len(screen[1]) == 3
    different = set(texts(dental_items)) ^ set(texts(grain_items))
    assert len(different) >= 10


def test_vague_and_skipped_answers_are_not_quoted_and_say_what_to_listen_for() -> None:
    t = tr("ru")
    situation = "Всегда, когда как-то неудобно"
    prop = Proposition(
        {**DENTAL_RU.answers, Field.SITUATION: situation, Field.BENEFIT: None},
        vague=frozenset({Field.SITUATION, Field.SEGMENT}),
    )
    doc = build_document(prop, t, vp_name="Стоматологии", topic="запись пациентов")
    everything = " ".join(
        [text for _, text, _ in doc.hypotheses]
        + [note for notes in doc.notes.values() for note in notes]
        + texts(doc.items)
    )
    assert situation not in everything
    assert "неудобно" not in everything
    assert "Администраторы частных стоматологий" not in everything
    assert "кресел" not in everything  # no traits from a vague segment either
    assert t("script-q-screening-size") in texts(doc.items)  # screening asks openly
    by_label = {label: (text, unclear) for label, text, unclear in doc.hypotheses}
    assert by_label["Ситуация"] == (
        "Гипотеза «Ситуация» пока размыта — " + t("script-listen-situation"),
        True,
    )
    assert by_label["Выгода"][0].startswith("Гипотеза «Выгода» не записана — слушайте")
    assert by_label["Проблема"] == (DENTAL_RU.answers[Field.PROBLEM], False)
    notes = {group.section: group.notes for group in sections(doc, t)}
    assert notes["situation"] == [by_label["Ситуация"][0]]


def test_segment_note_lists_the_traits_to_listen_for() -> None:
    t = tr("en")
    doc = build_document(DENTAL_EN, t, vp_name="Clinics", topic="patient reminders")
    [group] = [g for g in sections(doc, t) if g.section == "screening"]
    assert group.notes[1] == (
        "Listen for whether it matches: role — receptionists of small dental clinics; "
        "size — with 2-5 chairs; place — in Leeds; circumstance — book patients by phone."
    )
    numbers = [number for g in sections(doc, t) for number, _, _ in g.questions]
    assert numbers == list(range(1, len(doc.items) + 1))
    tags = [tag for g in sections(doc, t) for _, _, tag in g.questions]
    assert tags[0] == "segment"
    assert tags[-1] == "commitment"


@pytest.mark.parametrize(
    ("language", "leading"), [("en", "how much would you pay"), ("ru", "наше приложение, правда")]
)
def test_a_topic_that_makes_a_question_leading_is_replaced_by_a_neutral_wording(
    language: str, leading: str
) -> None:
    t = tr(language)
    assert lint_question(t("script-q-last_time-when", topic=leading))
    items = build_script(DENTAL_EN, leading, t)
    assert all(lint_question(item.text) == [] for item in items)
    assert any(t("script-topic-fallback") in item.text for item in items)


def test_founder_section_is_titled_and_an_unknown_one_is_not() -> None:
    t = tr("ru")
    doc = build_document(DENTAL_RU, t, vp_name="x", topic="запись пациентов")
    doc.items.insert(-3, ScriptItem(section="founder", text="Когда это было?"))
    doc.items.append(ScriptItem(section="from-the-future", text="Сколько это стоило?"))
    groups = sections(doc, t)
    assert groups[-1].title == ""
    founder = next(group for group in groups if group.section == "founder")
    assert founder.title == "Ваши вопросы"
    assert founder.questions[0][2] is None  # the founder's own question has no tag


def test_answer_is_flattened_to_one_line() -> None:
    assert shorten("  first line\n\nsecond   line!!  ", 100) == "first line second line"
    assert shorten(" .. ", 100) is None
    long_answer = "когда " + "очень " * 80 + "поздно"
    cut = shorten(long_answer, 160)
    assert cut is not None
    assert cut.endswith("…")
    assert len(cut) <= 160
    assert re.search(r"очен…", cut) is None
