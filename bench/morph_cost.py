"""Cost of the morphology in the answer checks: pymorphy3's start-up and memory, check latency.

    uv run python -m bench.morph_cost [--runs 5]

Each run is a fresh child process: it imports the checks (the analyzer is loaded lazily), then
measures the first check (loading pymorphy3's Russian dictionaries) and the RSS it adds, then the
per-answer time of every labelled answer of the tuning sets (warm caches cleared first).
Reported: median and min–max over runs.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bench.common import machine_line, median_spread

ROOT = Path(__file__).resolve().parents[1]
CHILD = r"""
import json, time
from pathlib import Path

def rss_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

started = time.perf_counter()
from bot.value_prop.checks import check_answer, morph
from bot.value_prop.questions import Field
imported = time.perf_counter() - started
before = rss_mib()
started = time.perf_counter()
check_answer(Field.CONTROL, "будем спрашивать клиентов")
first = time.perf_counter() - started
after = rss_mib()
rows = []
for lang in ("ru", "en"):
    path = Path("tests/data/coaching") / f"{lang}.jsonl"
    rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
morph._ru_token.cache_clear()
started = time.perf_counter()
for row in rows:
    answers = {Field.PROBLEM: row["problem"]} if "problem" in row else None
    check_answer(Field(row["field"]), row["text"], answers)
per_answer = (time.perf_counter() - started) / len(rows)
print(json.dumps({"import_s": imported, "first_check_s": first, "rss_before": before,
                  "rss_added": after - before, "per_answer_ms": per_answer * 1000,
                  "answers": len(rows)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, check=True
        )
        results.append(json.loads(done.stdout))
    print(machine_line())
    print(f"{runs} runs, {results[0]['answers']} labelled answers; median (min–max)\n")
    print("| measure | value |")
    print("|---|---|")
    rows = (
        ("import of the checks, ms", "import_s", 1000),
        ("first check (loads pymorphy3 + dictionaries), ms", "first_check_s", 1000),
        ("RSS before the first check, MiB", "rss_before", 1),
        ("RSS added by pymorphy3, MiB", "rss_added", 1),
        ("one answer checked (cold word cache), ms", "per_answer_ms", 1),
    )
    for label, key, scale in rows:
        median, low, high = median_spread(result[key] * scale for result in results)
        print(f"| {label} | {median:.1f} ({low:.1f}–{high:.1f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
