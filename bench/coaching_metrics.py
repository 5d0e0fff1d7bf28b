"""Precision and recall of the coaching checks for "vague" on labelled answers.

    uv run python bench/coaching_metrics.py [FILE.jsonl ...]     (default: the held-out set)

The held-out set is frozen: measure on it, never tune on it (tests/data/coaching/README.md).
"""

import sys
from pathlib import Path

from bot.value_prop.checks.scoring import evaluate, load

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "coaching"
HOLDOUT = (DATA / "holdout_ru.jsonl", DATA / "holdout_en.jsonl")


def main(argv: list[str]) -> int:
    paths = tuple(Path(arg) for arg in argv) or HOLDOUT
    report = evaluate(load(paths))
    print("| field | precision | recall | vague caught | false alarms | right reason |")
    print("|---|---|---|---|---|---|")
    for name, score in report.fields.items():
        print(
            f"| {name} | {score.precision:.2f} | {score.recall:.2f} | "
            f"{score.tp}/{score.tp + score.fn} | {score.fp}/{score.fp + score.tn} | "
            f"{score.reason_hits}/{score.tp} |"
        )
    print(
        f"\nnon-answers recognised with their kind: {report.non_answers_right}/{report.non_answers};"
        f" answers taken for non-answers: {report.answers_taken_for_non_answers}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
