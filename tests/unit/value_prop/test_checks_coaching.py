"""Coaching checks against labelled founder answers (tests/data/coaching/<lang>.jsonl)."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.config import LANGUAGES
from bot.i18n import I18n
from bot.value_prop.checks import REASONS, Finding, check_answer
from bot.value_prop.questions import FIELDS, Field

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "coaching"
MIN_EXAMPLES = 15
MIN_EACH_VERDICT = 5


def _rows() -> list[tuple[str, int, dict[str, Any]]]:
    rows: list[tuple[str, int, dict[str, Any]]] = []
    for language in LANGUAGES:
        lines = (DATA_DIR / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [
            (language, number, json.loads(line))
            for number, line in enumerate(lines, start=1)
            if line.strip()
        ]
    return rows


ROWS = _rows()


def _row_id(row: tuple[str, int, dict[str, Any]]) -> str:
    language, number, data = row
    verdict = "flagged" if data["expected"] else "clean"
    return f"{language}-line{number:03d}-{data['field']}-{verdict}"


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(row) for row in ROWS])
def test_labelled_answer_gets_expected_finding(row: tuple[str, int, dict[str, Any]]) -> None:
    _, _, data = row
    field = Field(data["field"])
    answers = {Field.PROBLEM: data["problem"]} if "problem" in data else None
    finding = check_answer(field, data["text"], answers)
    got = finding.code if finding else None
    assert got == data["expected"], data["text"]


def test_data_holds_enough_examples_per_check_and_language() -> None:
    total: Counter[tuple[str, str]] = Counter()
    flagged: Counter[tuple[str, str]] = Counter()
    for language, _, data in ROWS:
        key = (language, data["field"])
        total[key] += 1
        flagged[key] += data["expected"] is not None
        assert data["expected"] in {None, *REASONS[Field(data["field"])]}
        assert ("problem" in data) == (data["field"] == Field.BENEFIT)
    for language in LANGUAGES:
        for field in FIELDS:
            key = (language, str(field))
            assert total[key] >= MIN_EXAMPLES, key
            assert flagged[key] >= MIN_EACH_VERDICT, key
            assert total[key] - flagged[key] >= MIN_EACH_VERDICT, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_a_coaching_text(i18n: I18n, language: str) -> None:
    translator = i18n.get(language)
    for code in (reason for reasons in REASONS.values() for reason in reasons):
        key = Finding((code,)).text_key
        assert translator.has(key), key
        assert translator(key).strip()


def test_text_key_is_the_code_with_dashes() -> None:
    finding = Finding(("control_no_source", "control_no_cadence"))
    assert finding.code == "control_no_source"
    assert finding.text_key == "coach-control-no-source"


@pytest.mark.parametrize("field", FIELDS)
def test_blank_answer_is_left_to_the_dialogue(field: Field) -> None:
    assert check_answer(field, "  \n ") is None


def test_benefit_without_problem_context_checks_only_the_wording() -> None:
    assert check_answer(Field.BENEFIT, "не будут терять заявки") is None
    assert check_answer(Field.BENEFIT, "проблема исчезнет", {Field.PROBLEM: None}) is not None
