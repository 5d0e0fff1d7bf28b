"""Precision and recall of the coaching checks for "vague" on a labelled set (held-out by default).

    uv run python bench/coaching_metrics.py [FILE.jsonl ...]

Rows: {"field", "text", "vague": bool, "problem"?} (rows with "non_answer" are skipped here).
"""

import json
import sys
from collections import Counter
from pathlib import Path

from bot.value_prop.checks import check_answer
from bot.value_prop.questions import FIELDS, Field

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "coaching"
HOLDOUT = (DATA / "holdout_ru.jsonl", DATA / "holdout_en.jsonl")


def rows(paths: tuple[Path, ...]) -> list[dict[str, object]]:
    found = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "field" in row and row.get("non_answer") is None:
                found.append(row)
    return found


def main(argv: list[str]) -> int:
    paths = tuple(Path(arg) for arg in argv) or HOLDOUT
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows(paths):
        field = Field(str(row["field"]))
        problem = row.get("problem")
        answers = {Field.PROBLEM: str(problem)} if problem else None
        flagged = check_answer(field, str(row["text"]), answers) is not None
        outcome = {(True, True): "tp", (True, False): "fp", (False, True): "fn"}.get(
            (flagged, bool(row["vague"])), "tn"
        )
        counts[(str(field), outcome)] += 1
        counts[("all", outcome)] += 1
    for name in ("all", *(str(f) for f in FIELDS)):
        tp, fp, fn = counts[(name, "tp")], counts[(name, "fp")], counts[(name, "fn")]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{name:10} precision {precision:.2f} recall {recall:.2f}  tp={tp} fp={fp} fn={fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
