"""Start-up time: process spawn → first getUpdates request at the fake Bot API.

``uv run python -m bench.startup [--runs 5]``

Three configurations, interleaved run by run (the machine is noisy):

* ``real, empty DB`` — ``python -m bot`` on a fresh SQLite file (migrations run);
* ``real, migrated DB`` — the same file again, already at head;
* ``bare`` — ``python -m bench.bare_bot`` (aiogram + MemoryStorage, no database).

Each bot runs with ``REMINDERS__ENABLED=false`` and ``LOG_LEVEL=WARNING`` from a scratch
directory (no stray .env). Reported: median and min–max over runs, in milliseconds.
"""

import argparse
import asyncio
import json
from pathlib import Path

from bench.common import (
    TimedBotAPI,
    fmt_ms,
    machine_line,
    median_spread,
    scratch_dir,
    spawn_bot,
    wait_polling,
)

CONFIGS = ("real, empty DB", "real, migrated DB", "bare")
EXTRA_ENV = {"REMINDERS__ENABLED": "false"}


async def time_one(kind: str, workdir: Path, database_url: str | None) -> float:
    """Seconds from spawning the bot to its first getUpdates; the bot is stopped afterwards."""
    async with TimedBotAPI() as api:
        bot = spawn_bot(
            kind,
            api,
            workdir,
            database_url=database_url,
            log_level="WARNING",
            extra_env=EXTRA_ENV,
        )
        try:
            return await wait_polling(api, bot)
        finally:
            code = await bot.stop()
            if code not in (0, -15):
                print(f"warning: {kind} bot exited with {code}:\n{bot.log_tail()}")


def remove_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


async def run(runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in CONFIGS}
    with scratch_dir("vp-startup-") as tmp:
        workdir = Path(tmp)
        db = workdir / "s.db"
        url = f"sqlite+aiosqlite:///{db}"
        for number in range(1, runs + 1):
            remove_database(db)
            times[CONFIGS[0]].append(await time_one("sqlite", workdir, url))
            times[CONFIGS[1]].append(await time_one("sqlite", workdir, url))
            times[CONFIGS[2]].append(await time_one("bare", workdir, None))
            print(
                f"run {number}: "
                + ", ".join(f"{name} {fmt_ms(times[name][-1])} ms" for name in CONFIGS),
                flush=True,
            )
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="also write the raw times (seconds) here")
    args = parser.parse_args()
    times = asyncio.run(run(args.runs))
    print(f"\nmachine: {machine_line()}")
    print(f"{'configuration':<20} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name in CONFIGS:
        median, low, high = median_spread(times[name])
        print(f"{name:<20} {fmt_ms(median):>10} {fmt_ms(low):>8} {fmt_ms(high):>8}")
    if args.json:
        Path(args.json).write_text(json.dumps(times, indent=2))


if __name__ == "__main__":
    main()
