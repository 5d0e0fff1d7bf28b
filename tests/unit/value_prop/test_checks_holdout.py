"""The checks on the frozen held-out answers (never tuned on): the figures reported in README.

Targets of issue 12: precision ≥ 0.95 and recall ≥ 0.9 for "vague" overall, recall ≥ 0.85 in
every field. The figures reported in docs/coaching-metrics.md (measured once after the last round
of tuning) are floors too, so the test fails if any of them regresses.
"""

import json
from pathlib import Path

import pytest

from bench.coaching_metrics import main as metrics_script
from bot.value_prop.checks.scoring import ALL, Report, evaluate, load

DATA = Path(__file__).resolve().parents[2] / "data" / "coaching"
HOLDOUT = (DATA / "holdout_ru.jsonl", DATA / "holdout_en.jsonl")
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.9
TARGET_FIELD_RECALL = 0.85
# Reported in docs/coaching-metrics.md: floors, never tuning goals.
REPORTED_PRECISION = 1.0
REPORTED_RECALL = 0.98
REPORTED_FIELD_RECALL = {
    "segment": 0.95,
    "problem": 0.95,
    "situation": 0.97,
    "benefit": 1.0,
    "control": 1.0,
}
# Figures are reported rounded to two decimals.
ROUNDING = 0.005


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load(HOLDOUT))


def test_held_out_files_say_they_are_frozen() -> None:
    for path in HOLDOUT:
        header = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        assert "never tune" in header["frozen"]


def test_held_out_set_covers_every_field_in_both_languages() -> None:
    rows = load(HOLDOUT)
    for lang in ("ru", "en"):
        for field in ("segment", "problem", "situation", "benefit", "control"):
            mine = [r for r in rows if r["lang"] == lang and r["field"] == field and "vague" in r]
            assert len(mine) >= 40, (lang, field)


def test_overall_precision_and_recall_meet_the_targets(report: Report) -> None:
    overall = report.fields[ALL]
    assert overall.precision >= max(TARGET_PRECISION, REPORTED_PRECISION - ROUNDING)
    assert overall.recall >= max(TARGET_RECALL, REPORTED_RECALL - ROUNDING)


@pytest.mark.parametrize("field", ["segment", "problem", "situation", "benefit", "control"])
def test_field_recall_holds_its_target_and_reported_floor(report: Report, field: str) -> None:
    score = report.fields[field]
    assert score.precision >= TARGET_PRECISION
    assert score.recall >= max(TARGET_FIELD_RECALL, REPORTED_FIELD_RECALL[field] - ROUNDING)


def test_non_answers_are_recognised_and_answers_are_not_taken_for_them(report: Report) -> None:
    assert report.non_answers_right / report.non_answers >= 0.9
    assert report.answers_taken_for_non_answers == 0


def test_counts_add_up_to_the_labelled_rows(report: Report) -> None:
    rows = [row for row in load(HOLDOUT) if "vague" in row]
    overall = report.fields[ALL]
    vague = sum(1 for row in rows if row["vague"])
    assert overall.tp + overall.fn == vague
    assert overall.fp + overall.tn == len(rows) - vague
    assert 0 < overall.reason_hits <= overall.tp


def test_the_metrics_script_prints_a_row_per_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert metrics_script([]) == 0
    table = capsys.readouterr().out
    for field in ("all", "segment", "problem", "situation", "benefit", "control"):
        assert f"| {field} |" in table
