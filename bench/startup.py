"""Start-up time: from spawning the process to its first getUpdates request at the fake Bot API.

``uv run python -m bench.startup [--runs 5] [--bot-env KEY=VALUE ...] [--imports]``

Configurations, interleaved run by run (the machine is noisy):

* ``real bot, empty SQLite`` — ``python -m bot`` on a new database file: checks the database,
  runs every migration, deletes the webhook, publishes its commands, starts the reminder loop;
* ``real bot, migrated SQLite`` — the same file again, already at head;
* ``bare`` — ``python -m bench.bare_bot`` (aiogram + MemoryStorage, no database).

Each bot starts from a scratch directory (no stray ``.env``) with the default settings unless
``--bot-env`` says otherwise. Reported: median and min–max over runs, in milliseconds.
``--imports`` adds where the real bot's import time goes (``python -X importtime``).
"""

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench.common import (
    ROOT,
    TimedBotAPI,
    machine_line,
    median_spread,
    scratch_dir,
    spawn_bot,
    wait_polling,
)

CONFIGS = ("real bot, empty SQLite", "real bot, migrated SQLite", "bare")


async def time_one(
    kind: str, workdir: Path, database_url: str | None, env: dict[str, str]
) -> float:
    """Seconds from spawning the bot to its first getUpdates; the bot is stopped afterwards."""
    async with TimedBotAPI() as api:
        bot = spawn_bot(kind, api, workdir, database_url=database_url, extra_env=env)
        try:
            return await wait_polling(api, bot)
        finally:
            code = await bot.stop()
            if code not in (0, -15):
                print(f"warning: {kind} bot exited with {code}:\n{bot.log_tail()}")


def remove_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


async def run(runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in CONFIGS}
    with scratch_dir("vp-bench-startup-") as tmp:
        workdir = Path(tmp)
        db = workdir / "startup.db"
        url = f"sqlite+aiosqlite:///{db}"
        for number in range(1, runs + 1):
            await asyncio.to_thread(remove_database, db)
            times[CONFIGS[0]].append(await time_one("sqlite", workdir, url, env))
            times[CONFIGS[1]].append(await time_one("sqlite", workdir, url, env))
            times[CONFIGS[2]].append(await time_one("bare", workdir, None, env))
            line = ", ".join(f"{name} {times[name][-1] * 1000:.0f} ms" for name in CONFIGS)
            print(f"run {number}: {line}", flush=True)
    return times


def import_breakdown(top: int = 12) -> list[tuple[str, float]]:
    """Cumulative import time (ms) of the real bot's heaviest top-level packages."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import bot.app"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    cumulative: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative_us, name = (part.strip() for part in line.split("|"))
        if not cumulative_us.isdigit():
            continue
        depth = (len(line.split("|")[2]) - len(line.split("|")[2].lstrip())) // 2
        if depth <= 2:  # the import statement itself, its packages and their subpackages
            cumulative[name] = max(cumulative.get(name, 0.0), int(cumulative_us) / 1000)
    return sorted(cumulative.items(), key=lambda item: -item[1])[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bot-env", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--imports", action="store_true", help="import-time breakdown too")
    parser.add_argument("--json", help="also write the raw times (seconds) here")
    args = parser.parse_args()
    env = dict(item.split("=", 1) for item in args.bot_env)
    print(f"# start-up, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine_line()}")
    times = asyncio.run(run(args.runs, env))
    print("\n| configuration | median ms | min–max ms | vs bare |\n|---|---|---|---|")
    bare = statistics.median(times["bare"])
    for name in CONFIGS:
        median, low, high = median_spread(times[name])
        print(
            f"| {name} | {median * 1000:.0f} | {low * 1000:.0f}–{high * 1000:.0f} "
            f"| {median / bare:.2f}× |"
        )
    if args.imports:
        print("\nimport time of `import bot.app` (cumulative, one run, -X importtime):")
        for name, ms in import_breakdown():
            print(f"  {ms:7.0f} ms  {name}")
    if args.json:
        Path(args.json).write_text(json.dumps(times, indent=2))


if __name__ == "__main__":
    main()
