"""The question linter's start-up and memory cost with Russian morphology (pymorphy3).

``uv run python -m bench.linter_morph [--runs 5]``

Each run is a fresh child process that records its RSS (``/proc/self/status``) and the clock
around: importing the linter, the first Russian question (which loads pymorphy3's dictionaries),
and then linting every question of ``tests/data/interview/questions.jsonl`` ten times over.
Reported: median and min–max over runs.
"""

import argparse
import json
import statistics
import subprocess
import sys

_CHILD = r"""
import json, time
from pathlib import Path

def rss_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

out = {"rss_start": rss_mib()}
t = time.perf_counter()
from bot.interview.linter.engine import lint_question
out["import_ms"] = (time.perf_counter() - t) * 1000
out["rss_import"] = rss_mib()
t = time.perf_counter()
lint_question("Вы купите, когда мы запустимся?")
out["first_ru_ms"] = (time.perf_counter() - t) * 1000
out["rss_loaded"] = rss_mib()
rows = [json.loads(l) for l in Path("tests/data/interview/questions.jsonl").open(encoding="utf-8")]
t = time.perf_counter()
for _ in range(10):
    for row in rows:
        lint_question(row["text"])
out["per_question_ms"] = (time.perf_counter() - t) * 1000 / (10 * len(rows))
out["rss_end"] = rss_mib()
print(json.dumps(out))
"""

_FIELDS = (
    ("import_ms", "import the linter, ms"),
    ("first_ru_ms", "first Russian question (loads the dictionaries), ms"),
    ("per_question_ms", "one question afterwards, ms"),
    ("rss_import", "RSS after import, MiB"),
    ("rss_loaded", "RSS with the dictionaries loaded, MiB"),
    ("rss_end", "RSS after linting the whole set 10 times, MiB"),
)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.linter_morph")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    print("| metric | median | min–max |")
    print("| --- | --- | --- |")
    for key, label in _FIELDS:
        values = [run[key] for run in runs]
        median = statistics.median(values)
        print(f"| {label} | {median:.2f} | {min(values):.2f}–{max(values):.2f} |")


if __name__ == "__main__":
    main()
