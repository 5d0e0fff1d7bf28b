"""The example bank: enough industries in both languages, fitting the segment, always fresh."""

import pytest

from bot.config import LANGUAGES
from bot.i18n import I18n
from bot.value_prop.checks import check_answer
from bot.value_prop.examples import bank, example_text_key, order, pick
from bot.value_prop.industries import INDUSTRIES, industry_of
from bot.value_prop.questions import FIELDS, Field


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.mark.parametrize("language", LANGUAGES)
def test_bank_has_several_examples_per_industry(i18n: I18n, language: str) -> None:
    examples = bank(i18n.get(language).has)
    for industry in INDUSTRIES:
        assert sum(e.startswith(f"{industry}-") for e in examples) >= 2, industry
    # Interleaved, so consecutive fresh examples change industry.
    assert [e.rsplit("-", 1)[0] for e in examples[: len(INDUSTRIES)]] == list(INDUSTRIES)
    assert (
        sum("coffee" in i18n.get("en")(example_text_key(e, Field.SEGMENT)) for e in examples) <= 1
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_examples_shown_to_founders_pass_the_coaching_checks(i18n: I18n, language: str) -> None:
    t = i18n.get(language)
    for example in bank(t.has):
        answers: dict[Field, str | None] = {f: t(example_text_key(example, f)) for f in FIELDS}
        for field in FIELDS:
            assert check_answer(field, answers[field] or "", answers) is None, (example, field)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_example_segment_is_told_as_its_own_industry(i18n: I18n, language: str) -> None:
    t = i18n.get(language)
    for example in bank(t.has):
        segment = t(example_text_key(example, Field.SEGMENT))
        assert industry_of(segment) == example.rsplit("-", 1)[0], segment


@pytest.mark.parametrize(
    ("segment", "industry"),
    [
        ("Стоматологические клиники Москвы с 2–5 креслами", "services"),
        ("онлайн-школы по программированию для детей", "education"),
        ("Владельцы кофеен в Казани", "retail"),
        ("Мебельные цеха на 10 человек", "manufacturing"),
        ("Dental clinics in London with 2-5 chairs", "services"),
        ("SaaS start-ups with 10-50 people", "it"),
        ("wholesale suppliers of tiles", "b2b"),
        ("все", None),
        ("people who value quality", None),
        (None, None),
    ],
)
def test_industry_is_told_from_cue_words(segment: str | None, industry: str | None) -> None:
    assert industry_of(segment) == industry


def test_the_segments_industry_comes_first_and_fresh_moves_on() -> None:
    examples = ["services-1", "b2b-1", "retail-1", "services-2", "b2b-2", "retail-2"]
    ordered = order(examples, "стоматологии Казани", seed=0)
    assert ordered[:2] == ["services-1", "services-2"]
    assert sorted(ordered) == sorted(examples)
    first = pick(examples, "стоматологии Казани", 0)
    second = pick(examples, "стоматологии Казани", 0, after=first)
    third = pick(examples, "стоматологии Казани", 0, after=second)
    assert (first, second) == ("services-1", "services-2")
    assert third not in {first, second}


def test_without_a_known_industry_founders_see_different_first_examples() -> None:
    examples = ["services-1", "b2b-1", "retail-1", "education-1"]
    firsts = {pick(examples, None, seed) for seed in range(4)}
    assert firsts == set(examples)


def test_fresh_example_cycles_through_the_whole_bank() -> None:
    examples = ["services-1", "b2b-1", "retail-1"]
    seen, current = [], pick(examples, None, 7)
    for _ in examples:
        seen.append(current)
        current = pick(examples, None, 7, after=current)
    assert sorted(seen) == sorted(examples)
    assert current == seen[0]
