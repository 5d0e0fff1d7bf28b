"""Dialogue load: N founders go /start → consent → name → five answers through the fake Bot API.

``uv run python -m bench.dialogue_load [--founders 200] [--concurrency 50] [--runs 3]
[--backends sqlite,scale,bare]``

The bot under test runs in its own process (``python -m bot`` for the real bot on SQLite or on
PostgreSQL + Redis, ``python -m bench.bare_bot`` for the bare aiogram reference) and talks HTTP
to the fake Bot API in this process. Each founder waits for the bot's replies to one action
before taking the next (a closed loop; ``--concurrency`` founders at a time). Measured:

* answered actions per second over the measured phase (first update queued → last reply);
* reply latency per action: from the update being queued to the arrival at the fake server of
  the last reply that action expects (p50/p95/p99);
* peak RSS of the bot process (VmHWM) and its CPU (utime+stime from /proc) per action.

A few warm-up founders go first and are not measured. Configurations are interleaved run by
run, so a noisy minute on the shared machine hits them all alike; the summary is the median
(with min–max) over runs.
"""

import argparse
import asyncio
import json
import signal
import statistics
import subprocess
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import (
    BACKENDS,
    Backend,
    BotProcess,
    TimedBotAPI,
    Timer,
    answers_for,
    fmt_ms,
    founder,
    machine_line,
    make_backend,
    median_spread,
    name_for,
    percentile,
    scratch_dir,
    spawn_bot,
    wait_polling,
)
from tests.fakebotapi import FakeUser, buttons

STEP_TIMEOUT = 60.0
WARMUP_OFFSET = 1_000_000  # warm-up founders get indices far from the measured ones
LABELS = {"sqlite": "real bot, SQLite", "scale": "real bot, PostgreSQL + Redis", "bare": "bare"}


@dataclass
class Step:
    kind: str  # text | press
    payload: str
    replies: int


def script(user: FakeUser) -> list[Step]:
    """The eight actions of one founder and how many messages the bot sends for each."""
    steps = [
        Step("text", "/start", 2),
        Step("press", "first-button", 2),
        Step("text", name_for(user), 1),
    ]
    steps += [Step("text", answer, 1) for answer in answers_for(user)]
    return steps


@dataclass
class FounderResult:
    latencies: list[float] = field(default_factory=list)  # to the last expected reply
    first_reply: list[float] = field(default_factory=list)
    error: str | None = None


async def run_founder(api: TimedBotAPI, user: FakeUser) -> FounderResult:
    result = FounderResult()
    loop = asyncio.get_running_loop()
    received = 0
    for step in script(user):
        queued = loop.time()
        if step.kind == "text":
            api.send_text(user, step.payload)
        else:
            with_keyboard = [m for m in api.sent(user.id) if m.reply_markup]
            if not with_keyboard:
                result.error = "no keyboard to press"
                return result
            target = with_keyboard[-1]
            data = buttons(target)[0].callback_data
            assert data is not None
            api.press(user, target, data)
        try:
            times = await api.wait_replies(user.id, received + step.replies, STEP_TIMEOUT)
        except TimeoutError:
            result.error = f"no reply to {step.payload[:20]!r} within {STEP_TIMEOUT}s"
            return result
        result.first_reply.append(times[received] - queued)
        result.latencies.append(times[received + step.replies - 1] - queued)
        received += step.replies
    sent = api.sent(user.id)
    review = sent[-1].plain_text if sent else ""
    if len(sent) != received:
        result.error = f"{len(sent)} messages where {received} were expected"
    elif not all(answer in review for answer in answers_for(user)):
        result.error = f"last message is not the review: {review[:80]!r}"
    return result


async def drive(
    api: TimedBotAPI, indices: range, concurrency: int
) -> tuple[list[FounderResult], float]:
    """All founders of ``indices``, ``concurrency`` at a time; returns results and wall time."""
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int) -> FounderResult:
        async with gate:
            return await run_founder(api, founder(index))

    started = time.monotonic()
    results = await asyncio.gather(*(one(i) for i in indices))
    return list(results), time.monotonic() - started


@dataclass
class RunResult:
    backend: str
    run: int
    founders: int
    actions: int
    errors: int
    wall_s: float
    actions_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    first_reply_p50_ms: float
    peak_rss_mib: float
    cpu_ms_per_action: float
    system_cpu_share: float  # kernel share of the bot's CPU time
    bot_cpu_util: float  # bot CPU seconds / wall seconds during the measured phase
    bench_cpu_util: float  # this process (fake server + founders) likewise
    first_error: str | None = None


async def wait_for_file(path: Path, timeout: float = 30.0) -> None:  # noqa: ASYNC109
    deadline = time.monotonic() + timeout
    # A file written by another process: polling is the simple way to wait for it.
    while not await asyncio.to_thread(path.exists) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)  # let the writer finish


def start_profiler(bot: BotProcess, path: Path) -> subprocess.Popen[bytes]:
    """py-spy (installed ad hoc, not a project dependency) sampling the bot during the load."""
    return subprocess.Popen(
        [
            "py-spy",
            "record",
            "--pid",
            str(bot.pid),
            "--rate",
            "250",
            "--format",
            "raw",
            "--output",
            str(path),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def profile_path(args: argparse.Namespace, kind: str, run: int) -> Path | None:
    """Where the real bot's CPU profile of the measured phase goes, when --profile is given."""
    if not args.profile or kind == "bare":
        return None
    suffix = "txt" if args.profiler == "sample" else "prof"
    return Path(args.profile).with_suffix(f".{kind}.{run}.{suffix}")


def bot_extra_env(args: argparse.Namespace, profile_file: Path | None) -> dict[str, str]:
    env = dict(item.split("=", 1) for item in args.bot_env)
    if profile_file:
        env.update(BENCH_PROFILE_FILE=str(profile_file), BENCH_PROFILER=args.profiler)
    return env


async def one_run(
    backend: Backend, run: int, args: argparse.Namespace, profile: Path | None
) -> RunResult:
    await backend.reset()
    profile_file = profile_path(args, backend.kind, run)
    async with TimedBotAPI() as api:
        bot = spawn_bot(
            backend.kind,
            api,
            backend.workdir,
            database_url=backend.database_url,
            redis_url=backend.redis_url,
            log_level=args.log_level,
            # bench.common_child is `python -m bot run` plus a SIGUSR2 profiler switch.
            module="bench.common_child"
            if (profile_file or args.child) and backend.kind != "bare"
            else None,
            extra_env=bot_extra_env(args, profile_file),
        )
        try:
            await wait_polling(api, bot)
            warm, _ = await drive(
                api, range(WARMUP_OFFSET, WARMUP_OFFSET + args.warmup), args.concurrency
            )
            if any(r.error for r in warm):
                msg = f"warm-up failed: {next(r.error for r in warm if r.error)}"
                raise RuntimeError(msg)
            profiler = start_profiler(bot, profile) if profile else None
            if profile_file:
                bot.signal(signal.SIGUSR2)
            before = bot.sample()
            with Timer() as bench_timer:
                results, wall = await drive(api, range(args.founders), args.concurrency)
            after = bot.sample()
            if profile_file:
                bot.signal(signal.SIGUSR2)
                await wait_for_file(profile_file)
            if profiler is not None:
                profiler.send_signal(signal.SIGINT)
                await asyncio.to_thread(profiler.wait, 30)
        finally:
            code = await bot.stop()
        if code not in (0, -signal.SIGTERM):
            print(f"  note: {backend.kind} bot exited with {code}")
    latencies = [x for r in results for x in r.latencies]
    first = [x for r in results for x in r.first_reply]
    errors = [r.error for r in results if r.error]
    actions = len(latencies)
    cpu = after.cpu_seconds - before.cpu_seconds
    return RunResult(
        backend=backend.kind,
        run=run,
        founders=args.founders,
        actions=actions,
        errors=len(errors),
        wall_s=wall,
        actions_per_s=actions / wall,
        p50_ms=percentile(latencies, 50) * 1000,
        p95_ms=percentile(latencies, 95) * 1000,
        p99_ms=percentile(latencies, 99) * 1000,
        first_reply_p50_ms=percentile(first, 50) * 1000,
        peak_rss_mib=after.hwm_kib / 1024,
        cpu_ms_per_action=cpu * 1000 / max(actions, 1),
        system_cpu_share=(after.system_seconds - before.system_seconds) / max(cpu, 1e-9),
        bot_cpu_util=cpu / wall,
        bench_cpu_util=bench_timer.cpu / bench_timer.wall,
        first_error=errors[0] if errors else None,
    )


def summary(results: list[RunResult], backends: list[str]) -> str:
    def cell(values: list[float], digits: int = 1) -> str:
        mid, low, high = median_spread(values)
        return f"{mid:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"

    lines = [
        "| bot | actions/s | p50 ms | p95 ms | p99 ms | peak RSS MiB | CPU ms/action "
        "| bot CPU % | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    medians: dict[str, dict[str, float]] = {}
    for kind in backends:
        runs = [r for r in results if r.backend == kind]
        if not runs:
            continue
        medians[kind] = {
            "tps": statistics.median(r.actions_per_s for r in runs),
            "p95": statistics.median(r.p95_ms for r in runs),
        }
        lines.append(
            f"| {LABELS[kind]} | {cell([r.actions_per_s for r in runs])} "
            f"| {cell([r.p50_ms for r in runs])} | {cell([r.p95_ms for r in runs])} "
            f"| {cell([r.p99_ms for r in runs])} | {cell([r.peak_rss_mib for r in runs])} "
            f"| {cell([r.cpu_ms_per_action for r in runs], 2)} "
            f"| {cell([r.bot_cpu_util * 100 for r in runs], 0)} "
            f"| {sum(r.errors for r in runs)} |"
        )
    if "bare" in medians:
        bare = medians["bare"]
        for kind in ("sqlite", "scale"):
            if kind in medians:
                lines.append(
                    f"\n{LABELS[kind]} vs bare: throughput "
                    f"{medians[kind]['tps'] / bare['tps']:.2f}× (issue 14: ≥ 0.35×), p95 "
                    f"{medians[kind]['p95'] / bare['p95']:.2f}× (issue 14: ≤ 2×)"
                )
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> None:
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(backends) - set(BACKENDS)
    if unknown:
        raise SystemExit(f"unknown backends: {sorted(unknown)}; choose from {BACKENDS}")
    print(f"# dialogue load, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine_line()}")
    print(
        f"founders={args.founders} concurrency={args.concurrency} warmup={args.warmup} "
        f"runs={args.runs} log_level={args.log_level}"
    )
    results: list[RunResult] = []
    with scratch_dir("vp-bench-load-") as scratch:
        tmp = args.workdir or scratch
        for run in range(1, args.runs + 1):
            for kind in backends:
                profile = None
                if args.py_spy and kind != "bare":
                    profile = Path(args.py_spy).with_suffix(f".{kind}.{run}.txt")
                result = await one_run(make_backend(kind, Path(tmp)), run, args, profile)
                results.append(result)
                print(
                    f"run {run} {kind:6}: {result.actions_per_s:6.1f} actions/s  "
                    f"p50 {result.p50_ms:6.1f}  p95 {result.p95_ms:6.1f}  "
                    f"p99 {result.p99_ms:6.1f} ms  RSS {result.peak_rss_mib:5.1f} MiB  "
                    f"CPU {result.cpu_ms_per_action:5.2f} ms/action "
                    f"({result.system_cpu_share:.0%} sys)  "
                    f"bot {result.bot_cpu_util:4.0%} bench {result.bench_cpu_util:4.0%}  "
                    f"errors {result.errors}" + (f" ({result.first_error})" * bool(result.errors))
                )
    print()
    print(summary(results, backends))
    if args.json:
        payload: dict[str, Any] = {
            "args": vars(args),
            "machine": machine_line(),
            "runs": [asdict(r) for r in results],
        }
        Path(args.json).write_text(json.dumps(payload, indent=2))
    print(
        f"\n(first-reply p50 ms by run: {[fmt_ms(r.first_reply_p50_ms / 1000) for r in results]})"
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--founders", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured founders first")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,scale,bare")
    parser.add_argument("--log-level", default="INFO", help="LOG_LEVEL of the bot under test")
    parser.add_argument("--workdir", help="keep databases and bot logs here (default: a temp dir)")
    parser.add_argument("--json", help="also write every run's numbers to this file")
    parser.add_argument(
        "--py-spy", help="profile the real bot with py-spy into <PATH>.<backend>.<run>.txt"
    )
    parser.add_argument(
        "--bot-env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment of the bot under test (repeatable), e.g. LOG_LEVEL=WARNING",
    )
    parser.add_argument(
        "--child",
        action="store_true",
        help="run the real bot as bench.common_child (python -m bot run + benchmark hooks)",
    )
    parser.add_argument(
        "--profile",
        help="profile the real bot's measured phase (CPU time) into <PATH>.<backend>.<run>.*",
    )
    parser.add_argument(
        "--profiler",
        choices=("sample", "cprofile"),
        default="sample",
        help="sample: collapsed stacks sampled on CPU time (bench.common_profile reads them); "
        "cprofile: pstats of the loop thread",
    )
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
