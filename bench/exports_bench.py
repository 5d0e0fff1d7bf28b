"""Benchmark of the consultant exports: N founders with full histories, every format timed.

A founder has one value proposition (five answers, a few edits, one skipped), three finished
interviews with a note per hypothesis, a check-in and ~60 transcript entries; one consultant's
clients are exported in Russian from SQLite, each format in a fresh child process reporting its
peak RSS (VmHWM restarts at exec; getrusage's maxrss keeps the parent's size from the fork) and
its RSS before the export (interpreter, SQLAlchemy, models), in MiB. Wall and CPU time include
reading the database; on a busy machine CPU time is the steadier figure. XLSX, CSV, JSON and
Markdown stream client by client; fpdf2 holds the whole PDF in memory until it is written.
Redo: `uv run python bench/exports_bench.py --sizes 250,1000 --write-results`.
"""

import argparse
import asyncio
import json
import os
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bot.db import models as m
from bot.db.engine import create_engine, create_session_factory
from bot.db.migrate import upgrade
from bot.documents.run import ExportFormat, export

FORMATS = ("xlsx", "csv", "json", "md", "pdf")
CONSULTANT = 1
FIELDS = ("segment", "problem", "situation", "benefit", "control")
VERDICTS = ("confirmed", "partly", "refuted", "unclear")
WORDS = (
    *("кофейня", "клиент", "утро", "очередь", "бариста", "выручка", "гости", "скидка"),
    *("аренда", "поставщик", "меню", "доставка", "отзыв", "касса", "сезон", "чек"),
    *("🙂", "☕", "<b>", "&", "«цитата»", "=SUM(A1)"),
)
RESULTS = Path(__file__).with_name("RESULTS.md")
T0 = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
HEADER = (
    "| format | wall, s | CPU, s | peak RSS, MiB | RSS before | output, MiB | longest loop stall, ms |"
    "\n|-|-:|-:|-:|-:|-:|-:|"
)


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


Rows = dict[type[Any], list[dict[str, Any]]]
COLUMNS: dict[type[Any], str] = {
    m.User: "id first_name username role consultant_id shared_at created_at last_seen_at",
    m.ValueProposition: "id user_id name status created_at updated_at completed_at",
    m.AnswerRevision: "value_proposition_id field text skipped created_at",
    m.Interview: "id value_proposition_id respondent held_on segment_fit commitment status",
    m.InterviewNote: "interview_id field said verdict",
    m.CheckinNote: "user_id hypothesis action data insight",
    m.TranscriptEntry: "user_id at direction kind dialogue step text",
}


def _rows(founders: int, entries: int, interviews: int) -> Rows:
    rng, rows = random.Random(20261126), Rows({model: [] for model in COLUMNS})

    def add(model: type[Any], *values: Any) -> None:
        rows[model].append(dict(zip(COLUMNS[model].split(), values, strict=True)))

    add(m.User, CONSULTANT, "Консультант", None, "consultant", None, None, T0, T0)
    for n in range(1, founders + 1):
        uid, t = 10_000 + n, T0 + timedelta(minutes=7 * n)
        add(m.User, uid, f"Основатель {n}", f"f{n}", "founder", CONSULTANT, t, t, t)
        add(m.ValueProposition, n, uid, _text(rng, 2, 4), "done", t, t, t)
        for k, field in enumerate((*FIELDS, "segment", "problem", "benefit")):
            text = None if field == "situation" else _text(rng, 8, 40)
            add(m.AnswerRevision, n, field, text, text is None, t + timedelta(hours=k))
        for i in range(interviews):
            iid, day = n * 10 + i, (t + timedelta(days=i + 1)).date()
            add(m.Interview, iid, n, f"Собеседник {i}", day, "yes", "time", "done")
            for field in FIELDS:
                add(m.InterviewNote, iid, field, _text(rng, 5, 25), rng.choice(VERDICTS))
        add(m.CheckinNote, uid, *(_text(rng, 3, 10) for _ in range(4)))
        for e in range(entries):
            at, way, text = t + timedelta(seconds=30 * e), ("out", "in")[e % 2], _text(rng, 3, 60)
            add(m.TranscriptEntry, uid, at, way, "text", "vp", FIELDS[e % 5], text)
    return rows


async def generate(db: Path, founders: int, entries: int, interviews: int) -> None:
    """Migrate a new SQLite database at ``db`` and fill it with founders."""
    url = f"sqlite+aiosqlite:///{db}"
    await upgrade(url)
    engine = create_engine(url)
    async with engine.begin() as connection:
        for model, values in _rows(founders, entries, interviews).items():
            for chunk in range(0, len(values), 5000):
                await connection.execute(insert(model), values[chunk : chunk + 5000])
    await engine.dispose()


def _rss_kib(field: str) -> int:
    status = Path("/proc/self/status").read_text(encoding="utf-8").splitlines()
    return int(next(line.split()[1] for line in status if line.startswith(f"{field}:")))


async def _longest_stall(stalls: list[float]) -> None:
    """Record how late a 1 ms timer fires: how long the export held the event loop (SQLite runs
    in the loop's thread, bot.db.sqlite_inline; an update would wait that long)."""
    loop = asyncio.get_running_loop()
    while True:
        before = loop.time()
        await asyncio.sleep(0.001)
        stalls.append(loop.time() - before - 0.001)


def child(fmt: ExportFormat, db: Path, out: Path) -> None:
    """Run one export in this process and print its measurements as JSON."""

    async def run() -> dict[str, Any]:
        engine = create_engine(f"sqlite+aiosqlite:///{db}")
        factory, rss_before = create_session_factory(engine), _rss_kib("VmHWM")
        stalls: list[float] = []
        watch = asyncio.create_task(_longest_stall(stalls))
        started, cpu = time.perf_counter(), time.process_time()  # CPU time of every thread
        result = await export(factory, fmt=fmt, out=out, language="ru", consultant_id=CONSULTANT)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        watch.cancel()
        await engine.dispose()
        stall = max(stalls, default=0.0) * 1000
        return {
            "seconds": seconds,
            "cpu": cpu,
            "before": rss_before,
            "bytes": result.bytes,
            "stall": stall,
        }

    stats = asyncio.run(run())
    print(json.dumps(stats | {"peak": _rss_kib("VmHWM")}))


def measure(fmt: str, db: Path, out_dir: Path) -> dict[str, Any]:
    out = out_dir / f"export.{fmt.replace('csv', 'zip')}"
    command = [sys.executable, __file__, "--child", fmt, "--db", str(db), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{fmt} export failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def machine() -> str:
    cpu = Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    model = next((line.split(":", 1)[1].strip() for line in cpu if "model name" in line), "?")
    mem = Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()
    ram = int(next(line.split()[1] for line in mem if line.startswith("MemTotal"))) / 2**20
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    system = f"{platform.system()} {platform.release()}, SQLite {sqlite3.sqlite_version}"
    python = f"Python {platform.python_version()}; load average at start {load}"
    return f"{os.cpu_count()} × {model}, {ram:.1f} GiB RAM, {system}, {python}"


def table(size: int, results: dict[str, dict[str, Any]], setup: float) -> str:
    lines = [f"**{size:,} founders** (database filled in {setup:.1f} s)\n", HEADER]
    for fmt, r in results.items():
        cells = (fmt, f"{r['seconds']:.1f}", f"{r['cpu']:.1f}", r["peak"] >> 10, r["before"] >> 10)
        size_mib, stall = f"{r['bytes'] / 2**20:.1f}", f"{r['stall']:.0f}"
        lines.append(" | ".join(["", *map(str, cells), size_mib, stall, ""]).strip())
    return "\n".join(lines)


def write_results(body: str) -> None:
    """Replace this benchmark's "## Exports" section of RESULTS.md, leaving the others alone."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"## Exports\n\n{body.strip()}\n"
    start = text.find("## Exports\n")
    if start < 0:
        RESULTS.write_text(text.rstrip("\n") + "\n\n" + section, encoding="utf-8")
        return
    end = text.find("\n## ", start + 1)
    tail = text[end + 1 :] if end >= 0 else ""
    RESULTS.write_text(text[:start] + section + ("\n" + tail if tail else ""), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000", help="founders per run, comma-separated")
    parser.add_argument("--entries", type=int, default=60, help="transcript entries per founder")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "vp-bench")
    parser.add_argument("--write-results", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.out)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    sections = [f"Machine: {machine()}.", ""]
    for size in (int(s) for s in args.sizes.split(",")):
        db = args.work / f"bench-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        asyncio.run(generate(db, size, args.entries, 3))
        setup = time.perf_counter() - started
        results = {fmt: measure(fmt, db, args.work) for fmt in args.formats.split(",")}
        sections += [table(size, results, setup), ""]
        print(sections[-2], flush=True)
    if args.write_results:
        notes = " ".join((__doc__ or "").split("\n\n")[1].split())
        write_results("\n".join([notes, "", *sections]))


if __name__ == "__main__":
    main()
