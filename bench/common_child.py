"""The real bot for benchmarks that need to look inside the process: ``python -m bench.common_child``.

It runs exactly what ``python -m bot run`` runs (Settings from the environment, ``build_app``,
``App.run_polling``) plus two signal hooks:

* SIGUSR1: ``gc.collect()``, then write the process's memory figures as JSON to
  ``$BENCH_STATS_FILE`` (RSS, peak RSS, Python's allocated blocks, tracked objects);
* SIGUSR2: start, and on the next SIGUSR2 stop, a profile written to ``$BENCH_PROFILE_FILE``:
  with ``BENCH_PROFILER=sample`` (the default) a statistical profile driven by the process's CPU
  time (``setitimer(ITIMER_PROF)``, so waiting on sockets and being preempted are not counted),
  as collapsed stacks like ``py-spy --format raw`` writes (read it with bench.common_profile);
  with ``BENCH_PROFILER=cprofile`` a cProfile of the event-loop thread in its own CPU time.

``BENCH_COUNT_SQL=<path>`` counts the statements sent, by text, into that JSON file at exit.
``BENCH_GC_STATS=<path>`` writes the garbage collector's passes and CPU seconds per generation
(start-up included) into that JSON file at exit.
``BENCH_ABLATE=name,...`` switches single performance changes off (see bench.common_ablate).
"""

import asyncio
import atexit
import cProfile
import gc
import json
import logging
import os
import signal
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from types import FrameType

import greenlet
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.common_ablate import apply_from_env
from bot.__main__ import _configure_logging
from bot.app import build_app
from bot.config import Settings


def memory_figures() -> dict[str, int]:
    gc.collect()
    figures = {"allocated_blocks": sys.getallocatedblocks(), "gc_objects": len(gc.get_objects())}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in {"VmRSS", "VmHWM", "RssAnon"}:
            figures[key] = int(value.split()[0])
    return figures


_previous: list["tracemalloc.Snapshot"] = []


def grown_since_last() -> list[str]:
    """With BENCH_TRACEMALLOC=1: where the memory kept since the previous SIGUSR1 was allocated."""
    if not tracemalloc.is_tracing():
        return []
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(inclusive=False, filename_pattern=tracemalloc.__file__)]
    )
    lines: list[str] = []
    if _previous:
        for diff in snapshot.compare_to(_previous[-1], "traceback")[:12]:
            frames = " < ".join(  # the allocation site first
                f"{f.filename.split('site-packages/')[-1]}:{f.lineno}"
                for f in list(diff.traceback)[::-1][:6]
            )
            lines.append(f"{diff.size_diff:+d} B {diff.count_diff:+d} blocks: {frames}")
    _previous[:] = [snapshot]
    return lines


_statements: Counter[str] = Counter()


def count_statements(engine: AsyncEngine, path: str) -> None:
    """Count every statement the bot sends, by its first 120 characters; JSON to ``path`` at exit."""

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        _statements[" ".join(statement.split())[:120]] += 1

    def connected(*_args: object) -> None:
        _statements["(new connection)"] += 1

    def checked_out(*_args: object) -> None:
        _statements["(connection checked out)"] += 1

    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    event.listen(engine.sync_engine, "connect", connected)
    event.listen(engine.sync_engine, "checkout", checked_out)
    atexit.register(lambda: Path(path).write_text(json.dumps(dict(_statements.most_common()))))


def dump_stats() -> None:
    target = os.environ.get("BENCH_STATS_FILE")
    if target:
        figures: dict[str, object] = dict(memory_figures())
        if grown := grown_since_last():
            figures["grown"] = grown
        Path(target).write_text(json.dumps(figures))


def _frame_name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_qualname} ({code.co_filename}:{frame.f_lineno})"


class CpuSampler:
    """Samples the main thread's Python stack every ``interval`` s of process CPU time."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.stacks: Counter[str] = Counter()

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        names: list[str] = []
        # SQLAlchemy's async layer runs sync code in greenlets, whose frames stop at the
        # greenlet: continue with the frames of the greenlet waiting for it (the bot's code).
        current = greenlet.getcurrent()
        while True:
            while frame is not None:
                names.append(_frame_name(frame))
                frame = frame.f_back
            current = current.parent
            if current is None:
                break
            frame = current.gr_frame
        names.reverse()
        self.stacks[";".join(names)] += 1

    def start(self) -> None:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self, path: str) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_IGN)
        lines = [f"{stack} {count}" for stack, count in self.stacks.items()]
        Path(path).write_text("\n".join(lines) + "\n")


class ProfileToggle:
    def __init__(self) -> None:
        self.kind = os.environ.get("BENCH_PROFILER", "sample")
        self.running: cProfile.Profile | CpuSampler | None = None

    def __call__(self) -> None:
        path = os.environ.get("BENCH_PROFILE_FILE", "bot.prof")
        if self.running is None:
            if self.kind == "cprofile":
                self.running = cProfile.Profile(time.thread_time)
                self.running.enable()
            else:
                self.running = CpuSampler()
                self.running.start()
            return
        if isinstance(self.running, CpuSampler):
            self.running.stop(path)
        else:
            self.running.disable()
            self.running.dump_stats(path)
        self.running = None


def count_gc(path: str) -> None:
    """The collector's passes and CPU seconds per generation, written to ``path`` at exit."""
    figures: dict[str, float] = {}
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.thread_time())
        elif started:
            generation = info["generation"]
            seconds = figures.get(f"gen{generation}_seconds", 0.0)
            figures[f"gen{generation}_seconds"] = seconds + time.thread_time() - started.pop()
            figures[f"gen{generation}_passes"] = figures.get(f"gen{generation}_passes", 0) + 1

    gc.callbacks.append(on_gc)
    atexit.register(lambda: Path(path).write_text(json.dumps(figures)))


async def main() -> None:
    if os.environ.get("BENCH_TRACEMALLOC"):
        tracemalloc.start(8)
    if interval := os.environ.get("BENCH_SWITCH_INTERVAL"):  # experiments with the GIL
        sys.setswitchinterval(float(interval))
    settings = Settings.load()
    settings.require_token()
    _configure_logging(settings.log_level)
    if ablated := apply_from_env():  # bench.common_ablate: measure one change at a time
        logging.getLogger(__name__).warning("performance changes switched off: %s", ablated)
    app = build_app(settings)
    if gc_file := os.environ.get("BENCH_GC_STATS"):
        count_gc(gc_file)
    if statements_file := os.environ.get("BENCH_COUNT_SQL"):
        count_statements(app.engine, statements_file)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, dump_stats)
    loop.add_signal_handler(signal.SIGUSR2, ProfileToggle())
    await app.run_polling()


if __name__ == "__main__":
    asyncio.run(main())
