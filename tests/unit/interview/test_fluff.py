"""Fluff check on customer notes against labelled examples (tests/data/interview/fluff.jsonl)."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.config import LANGUAGES
from bot.i18n import I18n
from bot.interview.log.fluff import CODES, FluffFinding, check_fluff

DATA = Path(__file__).resolve().parents[2] / "data" / "interview" / "fluff.jsonl"
MIN_EXAMPLES = 15


def _rows() -> list[tuple[int, dict[str, Any]]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [(number, json.loads(line)) for number, line in enumerate(lines, 1) if line.strip()]


ROWS = _rows()


def _row_id(row: tuple[int, dict[str, Any]]) -> str:
    number, data = row
    return f"{data['lang']}-line{number:03d}-{'+'.join(data['codes']) or 'clean'}"


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(row) for row in ROWS])
def test_note_gets_expected_findings(row: tuple[int, dict[str, Any]]) -> None:
    _, data = row
    assert [finding.code for finding in check_fluff(data["text"])] == data["codes"], data["text"]


def test_data_holds_enough_examples_per_code_and_language() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for _, data in ROWS:
        assert set(data["codes"]) <= set(CODES), data
        for code in data["codes"] or ["clean"]:
            counts[data["lang"], code] += 1
    for language in LANGUAGES:
        for code in [*CODES, "clean"]:
            assert counts[language, code] >= MIN_EXAMPLES, (language, code)


@pytest.mark.parametrize(
    "text",
    [
        "В прошлый вторник потеряли два заказа",
        "Last month we spent 40 hours on it",
        "",
        "Мы обычно, как и в прошлом месяце, платим 30 тысяч",
    ],
)
def test_concrete_past_statement_is_clean(text: str) -> None:
    assert check_fluff(text) == []


def test_text_key_is_hyphenated() -> None:
    assert FluffFinding("future_promise").text_key == "fluff-future-promise"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_a_nudge(language: str) -> None:
    t = I18n().get(language)
    for code in CODES:
        assert t(FluffFinding(code).text_key).strip()
