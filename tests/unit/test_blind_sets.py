"""The lead's blind sets (issue 12): founder answers and interview questions written before
reading any rule, kept outside the repository until measured. The floors are the figures
reported in docs/coaching-metrics.md and docs/linter-metrics.md; never tune on these rows."""

import json
from pathlib import Path
from typing import Any

from bot.interview.linter.engine import lint_question
from bot.value_prop.checks import check_answer
from bot.value_prop.questions import Field

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]
    return [row for row in rows if "text" in row]  # the first line of a jsonl set is its note


def _precision_recall(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """Precision and recall of "flagged" over (flagged, labelled bad) pairs."""
    hit = sum(flagged and bad for flagged, bad in pairs)
    flagged = sum(flagged for flagged, _ in pairs)
    bad = sum(bad for _, bad in pairs)
    return hit / max(flagged, 1), hit / max(bad, 1)


def test_answer_checks_on_the_blind_answers() -> None:
    rows = _rows(DATA / "coaching" / "blind_lead.jsonl")
    assert len(rows) == 96
    pairs = [
        (check_answer(Field(row["field"]), row["text"]) is not None, row["vague"]) for row in rows
    ]
    precision, recall = _precision_recall(pairs)
    assert (precision, recall) >= (0.97, 0.95), (precision, recall)
    for field in Field:
        of_field = [pair for pair, row in zip(pairs, rows, strict=True) if row["field"] == field]
        assert _precision_recall(of_field)[1] >= 0.9, field


def test_question_linter_on_the_blind_questions() -> None:
    rows = _rows(DATA / "interview" / "questions_blind_lead.jsonl")
    assert len(rows) == 44
    pairs = [(bool(lint_question(row["text"])), row["bad"]) for row in rows]
    assert _precision_recall(pairs) == (1.0, 1.0)
