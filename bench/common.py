"""Shared pieces of the benchmarks: the fake Bot API with reply timing, the bot under test as a
child process (its own RSS and CPU from /proc), backends, statistics and the machine description.

Run the benchmarks from the repository root as modules (``uv run python -m bench.<name>``), so
``bench`` and ``tests.fakebotapi`` are importable.
"""

import asyncio
import os
import platform
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage
from tests.fakebotapi.files import UploadedFile

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
# BENCH_PG_DB / BENCH_REDIS_DB: another database when several people benchmark on one machine.
PG_BENCH_DB = os.environ.get("BENCH_PG_DB", "bench")
PG_BENCH_URL = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
REDIS_BENCH_URL = f"redis://127.0.0.1:6379/{os.environ.get('BENCH_REDIS_DB', '14')}"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Settings a developer's shell might carry that would change what the child bot does.
SCRUBBED_ENV = (
    "BOT_TOKEN",
    "BOT_API_URL",
    "DATABASE_URL",
    "REDIS_URL",
    "WEBHOOK_URL",
    "LOG_LEVEL",
    "ADMIN_IDS",
    "DEFAULT_LANGUAGE",
)
BACKENDS = ("sqlite", "scale", "bare")


# -- the fake Bot API, timing each reply as it arrives -------------------------------------------
class TimedBotAPI(FakeBotAPI):
    """FakeBotAPI that notes when each message to a chat arrived and wakes whoever waits for it.

    The fake's own ``wait_for_messages`` waits for the whole server to be quiet, which never
    happens under load; here each simulated founder waits for its own chat only.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.arrivals: dict[int, list[float]] = defaultdict(list)
        self._waiters: dict[int, tuple[int, asyncio.Future[None]]] = {}

    async def _call(
        self, name: str, raw: Mapping[str, Any], uploads: Mapping[str, UploadedFile]
    ) -> Any:
        arrived = asyncio.get_running_loop().time()
        chat_id = _chat_id(raw.get("chat_id"))
        chat = self.state.chats.get(chat_id) if chat_id is not None else None
        before = len(chat.sent) if chat is not None else 0
        result = await super()._call(name, raw, uploads)
        if chat is not None and chat_id is not None and len(chat.sent) > before:
            times = self.arrivals[chat_id]
            times.extend([arrived] * (len(chat.sent) - before))
            waiter = self._waiters.get(chat_id)
            if waiter is not None and len(times) >= waiter[0] and not waiter[1].done():
                waiter[1].set_result(None)
        return result

    async def wait_replies(self, chat_id: int, total: int, timeout: float) -> list[float]:  # noqa: ASYNC109
        """Until the chat holds ``total`` bot messages; returns every arrival time so far."""
        times = self.arrivals[chat_id]
        if len(times) < total:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters[chat_id] = (total, future)
            try:
                await asyncio.wait_for(future, timeout)
            finally:
                self._waiters.pop(chat_id, None)
        return times

    def sent(self, chat_id: int) -> list[SentMessage]:
        chat = self.state.chats.get(chat_id)
        return list(chat.sent) if chat is not None else []

    def first_get_updates(self) -> float | None:
        """Event-loop time (== time.monotonic()) of the first getUpdates request."""
        return next((c.started_at for c in self.state.calls if c.method == "getUpdates"), None)


def _chat_id(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


# -- the bot under test, in its own process -----------------------------------------------------
@dataclass
class ProcSample:
    cpu_seconds: float  # user + system
    system_seconds: float
    rss_kib: int
    hwm_kib: int


def read_proc(pid: int) -> ProcSample:
    """utime+stime (all threads) and VmRSS/VmHWM of a live process, from /proc."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]) / CLOCK_TICKS, int(fields[12]) / CLOCK_TICKS  # fields 14, 15
    status: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in {"VmRSS", "VmHWM"}:
            status[key] = int(value.split()[0])
    return ProcSample(
        cpu_seconds=utime + stime,
        system_seconds=stime,
        rss_kib=status["VmRSS"],
        hwm_kib=status["VmHWM"],
    )


def self_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


@dataclass
class BotProcess:
    """A bot started with ``python -m <module>`` in a scratch directory (no stray .env)."""

    kind: str
    popen: subprocess.Popen[bytes]
    started_at: float  # time.monotonic() just before the process was spawned
    log_path: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def sample(self) -> ProcSample:
        if self.popen.poll() is not None:
            msg = f"{self.kind} bot exited with {self.popen.returncode}; log: {self.log_tail()}"
            raise RuntimeError(msg)
        return read_proc(self.pid)

    def signal(self, signum: int) -> None:
        self.popen.send_signal(signum)

    async def stop(self, timeout: float = 15.0) -> int:  # noqa: ASYNC109
        """SIGTERM (aiogram stops polling and the app shuts down), SIGKILL if it hangs."""
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while self.popen.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if self.popen.poll() is None:
            self.popen.kill()
            await asyncio.to_thread(self.popen.wait)
        return self.popen.returncode

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(text[-lines:])


def module_of(kind: str) -> str:
    return "bench.bare_bot" if kind == "bare" else "bot"


def bot_env(
    api: FakeBotAPI, *, database_url: str | None, redis_url: str | None, log_level: str
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env.update(
        BOT_TOKEN=api.token,
        BOT_API_URL=api.base_url,
        LOG_LEVEL=log_level,
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        PYTHONUNBUFFERED="1",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def spawn_bot(
    kind: str,
    api: FakeBotAPI,
    workdir: Path,
    *,
    database_url: str | None = None,
    redis_url: str | None = None,
    log_level: str = "INFO",
    module: str | None = None,
    extra_env: Mapping[str, str] | None = None,
    python_args: Sequence[str] = (),
) -> BotProcess:
    env = bot_env(api, database_url=database_url, redis_url=redis_url, log_level=log_level)
    env.update(extra_env or {})
    log_path = workdir / f"{kind}-bot.log"
    log = log_path.open("wb")
    started = time.monotonic()
    popen = subprocess.Popen(
        [sys.executable, *python_args, "-m", module or module_of(kind)],
        cwd=workdir,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    return BotProcess(kind=kind, popen=popen, started_at=started, log_path=log_path)


async def wait_polling(api: TimedBotAPI, bot: BotProcess, timeout: float = 60.0) -> float:  # noqa: ASYNC109
    """Until the bot sits in a long poll; returns seconds from spawn to its first getUpdates."""
    deadline = time.monotonic() + timeout
    while api.state.polls_waiting == 0:
        if bot.popen.poll() is not None:
            msg = f"{bot.kind} bot exited with {bot.popen.returncode}:\n{bot.log_tail()}"
            raise RuntimeError(msg)
        if time.monotonic() > deadline:
            msg = f"{bot.kind} bot did not start polling in {timeout}s:\n{bot.log_tail()}"
            raise RuntimeError(msg)
        await asyncio.sleep(0.005)
    first = api.first_get_updates()
    assert first is not None
    return first - bot.started_at


# -- backends -----------------------------------------------------------------------------------
@dataclass
class Backend:
    """Where the bot under test keeps its data; ``reset()`` empties it before a run."""

    kind: str  # sqlite | scale | bare
    workdir: Path
    database_url: str | None = None
    redis_url: str | None = None

    async def reset(self) -> None:
        if self.kind == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                (self.workdir / f"bench.db{suffix}").unlink(missing_ok=True)
        elif self.kind == "scale":
            await reset_postgres()
            await reset_redis()


def make_backend(kind: str, workdir: Path) -> Backend:
    if kind == "sqlite":
        return Backend(kind, workdir, database_url=f"sqlite+aiosqlite:///{workdir}/bench.db")
    if kind == "scale":
        return Backend(kind, workdir, database_url=PG_BENCH_URL, redis_url=REDIS_BENCH_URL)
    return Backend(kind, workdir)


async def reset_postgres() -> None:
    """Create database ``bench`` if needed and leave it empty (no tables, no alembic_version)."""
    import asyncpg  # noqa: PLC0415 - only the scale runs need it

    admin = await asyncpg.connect(PG_ADMIN_URL)
    try:
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", PG_BENCH_DB):
            await admin.execute(f'CREATE DATABASE "{PG_BENCH_DB}"')
    finally:
        await admin.close()
    bench = await asyncpg.connect(PG_BENCH_URL.replace("+asyncpg", ""))
    try:
        await bench.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
    finally:
        await bench.close()


async def reset_redis() -> None:
    from redis.asyncio import Redis  # noqa: PLC0415

    client = Redis.from_url(REDIS_BENCH_URL)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


def scratch_dir(prefix: str) -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix=prefix)


# -- founders -----------------------------------------------------------------------------------
GOOD_RU = (
    "Владельцы кофеен в Казани с 1–3 точками, которые сами закупают зерно",
    "Зерно заканчивается внезапно, и кофейня теряет выручку за полдня",
    "В пятницу вечером, когда поставщик не возит до понедельника",
    "Владелец тратит освободившиеся 3 часа в неделю на новое меню",
    "Раз в месяц по журналу закупок считаем дни без нужного сорта, цель — 0",
)
GOOD_EN = (
    "Owners of coffee shops in Kazan with 1-3 locations who buy beans themselves",
    "Beans run out without warning and the shop loses half a day of revenue",
    "On Friday evening, when the supplier does not deliver until Monday",
    "The owner spends the 3 freed hours a week on a new seasonal menu",
    "Monthly we count from the purchase log the days without the right roast, target 0",
)
FIRST_FOUNDER_ID = 700_000_001


def founder(index: int) -> FakeUser:
    """Founder ``index``: every second one writes in English."""
    english = index % 2 == 1
    return FakeUser(
        id=FIRST_FOUNDER_ID + index,
        first_name=f"Founder{index}" if english else f"Основатель{index}",
        language_code="en" if english else "ru",
        username=f"founder_{index}",
    )


def answers_for(user: FakeUser) -> tuple[str, ...]:
    return GOOD_EN if user.language_code == "en" else GOOD_RU


def name_for(user: FakeUser) -> str:
    return f"Coffee {user.id}" if user.language_code == "en" else f"Кофейни {user.id}"


# -- statistics and the machine -----------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median_spread(values: Iterable[float]) -> tuple[float, float, float]:
    items = list(values)
    return statistics.median(items), min(items), max(items)


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def machine() -> dict[str, str]:
    model = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kib = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "ram": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "kernel": platform.release(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": _command_version(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", "SHOW server_version"]
        ),
        "redis": _command_version(["redis-cli", "-n", "14", "INFO", "server"], "redis_version:"),
    }


def _command_version(command: list[str], marker: str | None = None) -> str:
    try:
        output = subprocess.run(
            command, capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"
    if marker is None:
        return output.strip() or "unavailable"
    for line in output.splitlines():
        if line.startswith(marker):
            return line.removeprefix(marker).strip()
    return "unavailable"


def machine_line() -> str:
    info = machine()
    return (
        f"{info['nproc']} CPU ({info['cpu']}), {info['ram']} RAM, Linux {info['kernel']}, "
        f"Python {info['python']}, SQLite {info['sqlite']}, PostgreSQL {info['postgresql']}, "
        f"Redis {info['redis']}"
    )


@dataclass
class Timer:
    """Wall and own-process CPU time of a block."""

    wall: float = 0.0
    cpu: float = 0.0
    _wall0: float = field(default=0.0, repr=False)
    _cpu0: float = field(default=0.0, repr=False)

    def __enter__(self) -> "Timer":
        self._wall0, self._cpu0 = time.monotonic(), self_cpu_seconds()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.monotonic() - self._wall0
        self.cpu = self_cpu_seconds() - self._cpu0
