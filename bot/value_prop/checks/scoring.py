"""Precision and recall of the checks on labelled answers (the held-out set, the tuning sets).

A row is ``{"field", "text", "vague": bool, "reason"?, "problem"?}``, or ``{"non_answer": kind}``
for a message that is no answer at all. "Vague" is the positive class.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.value_prop.checks import answer_reasons
from bot.value_prop.non_answer import non_answer_kind
from bot.value_prop.questions import FIELDS, Field

ALL = "all"


@dataclass
class Score:
    """Counts of one group of answers; precision and recall of "vague"."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    reason_hits: int = 0  # true positives whose labelled reason is among the reasons given

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    """Scores per field and overall, and how many non-answers were recognised by kind."""

    fields: dict[str, Score]
    non_answers: int = 0
    non_answers_right: int = 0
    answers_taken_for_non_answers: int = 0


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Labelled rows of JSON-lines files; header lines without a "field" are skipped."""
    lines = (line for path in paths for line in path.read_text(encoding="utf-8").splitlines())
    return [row for row in map(json.loads, lines) if "field" in row]


def _add(score: Score, flagged: bool, row: Mapping[str, Any], reasons: list[str]) -> None:
    if flagged and row["vague"]:
        score.tp += 1
        score.reason_hits += row.get("reason") in reasons
    elif flagged:
        score.fp += 1
    elif row["vague"]:
        score.fn += 1
    else:
        score.tn += 1


def evaluate(rows: Iterable[Mapping[str, Any]]) -> Report:
    """Run the non-answer detector and the checks on every row and count the outcomes."""
    report = Report({name: Score() for name in (ALL, *(str(field) for field in FIELDS))})
    for row in rows:
        kind = non_answer_kind(row["text"])
        if row.get("non_answer"):
            report.non_answers += 1
            report.non_answers_right += kind == row["non_answer"]
            continue
        report.answers_taken_for_non_answers += kind is not None
        reasons = answer_reasons(Field(row["field"]), row["text"], row.get("problem"))
        flagged = bool(reasons) or kind is not None
        _add(report.fields[ALL], flagged, row, reasons)
        _add(report.fields[row["field"]], flagged, row, reasons)
    return report
