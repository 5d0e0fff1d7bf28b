"""Idle memory: RSS growth of the real bot per founder whose dialogue is paused at question 3.

``uv run python -m bench.idle_memory [--founders 10000] [--warmup 200] [--backend sqlite|scale]
[--mode seed|drive] [--concurrency 50] [--runs 1]``

Method. The real bot runs in its own process (``python -m bench.common_child``: exactly
``python -m bot run`` plus a SIGUSR1 hook that runs ``gc.collect()`` and reports VmRSS, RssAnon
and Python's allocated blocks). It talks HTTP to the fake Bot API in this process.

1. ``--warmup`` founders go through the real bot to question 3 (/start, consent, name, two
   answers): every code path of the idle dialogue has run, pools, caches and allocator arenas
   are filled. The bot is left to go quiet, then SIGUSR1 → ``before``.
2. ``--founders`` more founders end up paused at question 3:
   * ``--mode seed`` (default, minutes for 10,000): their user row, value proposition with two
     answers and FSM state are written straight into the database / Redis with the bot's own
     models and storage classes, then each of them sends /start to the real bot, which loads
     the user, the FSM state and the proposition, answers "continue where you stopped?" and
     reschedules the nudges, i.e. it has touched every one of them;
   * ``--mode drive``: the founders go through the five steps like the warm-up (slower).
3. The bot is left to go quiet, then SIGUSR1 → ``after``. Reported: (after − before) / founders
   for VmRSS (the target: under 2 KiB per idle dialogue), for RssAnon, and Python's allocated
   blocks per founder (objects kept alive, independent of allocator fragmentation).
"""

import argparse
import asyncio
import json
import os
import signal
import statistics
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiogram.fsm.storage.base import StorageKey
from pydantic import SecretStr

from bench.common import (
    Backend,
    BotProcess,
    TimedBotAPI,
    answers_for,
    founder,
    machine_line,
    make_backend,
    name_for,
    scratch_dir,
    spawn_bot,
    wait_polling,
)
from bot.app import build_storage
from bot.config import Settings
from bot.db.engine import create_engine, create_session_factory
from bot.db.models import AnswerRevision, User, ValueProposition, VpStatus
from bot.onboarding.consent import CONSENT_VERSION
from bot.telegram.fsm_io import write_both
from bot.value_prop.questions import FIELDS, Field
from bot.value_prop.states import QUESTION_STATES
from tests.fakebotapi import FakeUser, buttons

TARGET_BYTES = 2048
STEP_TIMEOUT = 60.0
QUIET_SECONDS = 2.0
SEED_BATCH = 500


# -- driving founders through the real bot -------------------------------------------------------
async def pause_at_question_3(api: TimedBotAPI, user: FakeUser) -> str | None:
    """/start → consent → name → two answers; returns an error, or None at question 3."""
    answers = answers_for(user)
    steps = [("text", "/start", 2), ("press", "", 2), ("text", name_for(user), 1)]
    steps += [("text", answers[0], 1), ("text", answers[1], 1)]
    received = 0
    for kind, payload, replies in steps:
        if kind == "text":
            api.send_text(user, payload)
        else:
            target = [m for m in api.sent(user.id) if m.reply_markup][-1]
            data = buttons(target)[0].callback_data
            assert data is not None
            api.press(user, target, data)
        try:
            await api.wait_replies(user.id, received + replies, STEP_TIMEOUT)
        except TimeoutError:
            return f"no reply to {payload[:20] or kind!r} within {STEP_TIMEOUT}s"
        received += replies
    last = api.sent(user.id)[-1].plain_text
    return None if ("3 из 5" in last or "3 of 5" in last) else f"not at question 3: {last[:60]!r}"


async def come_back(api: TimedBotAPI, user: FakeUser) -> str | None:
    """A seeded founder sends /start; the bot offers to continue at question 3."""
    api.send_text(user, "/start")
    try:
        await api.wait_replies(user.id, 1, STEP_TIMEOUT)
    except TimeoutError:
        return f"no reply to /start of seeded founder {user.id}"
    last = api.sent(user.id)[-1]
    return None if last.reply_markup else f"no resume offer: {last.plain_text[:60]!r}"


async def drive(
    api: TimedBotAPI, users: list[FakeUser], concurrency: int, *, seeded: bool
) -> list[str]:
    gate = asyncio.Semaphore(concurrency)

    async def one(user: FakeUser) -> str | None:
        async with gate:
            return await (come_back(api, user) if seeded else pause_at_question_3(api, user))

    results = await asyncio.gather(*(one(user) for user in users))
    return [error for error in results if error]


# -- seeding the database and the FSM storage ---------------------------------------------------
async def seed(backend: Backend, bot_id: int, users: list[FakeUser]) -> float:
    """Founders paused at question 3, written with the bot's models and storage; seconds taken."""
    assert backend.database_url is not None
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(f"{bot_id}:seed"),
        database_url=backend.database_url,
        redis_url=backend.redis_url,
    )
    engine = create_engine(backend.database_url)
    session_factory = create_session_factory(engine)
    storage, _ = build_storage(settings, session_factory)
    started = time.monotonic()
    now = datetime.now(UTC) - timedelta(hours=1)
    state = QUESTION_STATES[Field.SITUATION]
    try:
        for first in range(0, len(users), SEED_BATCH):
            batch = users[first : first + SEED_BATCH]
            vp_ids = await _seed_rows(session_factory, batch, now)
            await asyncio.gather(
                *(
                    write_both(
                        storage,
                        StorageKey(bot_id=bot_id, chat_id=user.id, user_id=user.id),
                        state,
                        {"vp_id": vp_id, "auto_name": False, "return_to_review": False},
                    )
                    for user, vp_id in zip(batch, vp_ids, strict=True)
                )
            )
    finally:
        await storage.close()
        await engine.dispose()
    return time.monotonic() - started


async def _seed_rows(session_factory: Any, batch: list[FakeUser], now: datetime) -> list[int]:
    async with session_factory() as session:
        session.add_all(
            User(
                id=user.id,
                first_name=user.first_name,
                username=user.username,
                language=user.language_code or "ru",
                consent_version=CONSENT_VERSION,
                consent_at=now,
                created_at=now,
                last_seen_at=now,
            )
            for user in batch
        )
        vps = [
            ValueProposition(
                user_id=user.id,
                name=name_for(user),
                status=VpStatus.DRAFT,
                created_at=now,
                updated_at=now,
            )
            for user in batch
        ]
        session.add_all(vps)
        await session.flush()
        session.add_all(
            AnswerRevision(
                value_proposition_id=vp.id,
                field=field.value,
                text=answers_for(user)[index],
                skipped=False,
                created_at=now,
            )
            for user, vp in zip(batch, vps, strict=True)
            for index, field in enumerate(FIELDS[:2])
        )
        await session.commit()
        return [vp.id for vp in vps]


# -- the bot's memory ---------------------------------------------------------------------------
async def settle(bot: BotProcess) -> None:
    """Until the bot's CPU time has stood still (idle polling aside) for QUIET_SECONDS."""
    last = bot.sample().cpu_seconds
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < QUIET_SECONDS:
        await asyncio.sleep(0.5)
        now = bot.sample().cpu_seconds
        if now - last > 0.05:
            quiet_since = time.monotonic()
        last = now


async def stats(bot: BotProcess, path: Path) -> dict[str, int]:
    """gc.collect() in the bot, then its memory figures (see bench.common_child)."""
    await settle(bot)
    await asyncio.to_thread(path.unlink, missing_ok=True)
    bot.signal(signal.SIGUSR1)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        text = await asyncio.to_thread(_read_if_complete, path)
        if text:
            figures = json.loads(text)
            for line in figures.pop("grown", []):
                print(f"    kept: {line}")
            return {key: int(value) for key, value in figures.items()}
    msg = f"no memory figures from the bot:\n{bot.log_tail()}"
    raise RuntimeError(msg)


def _read_if_complete(path: Path) -> str | None:
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None
    return text if text.endswith("}") else None


def tracemalloc_env(args: argparse.Namespace) -> dict[str, str]:
    return {"BENCH_TRACEMALLOC": "1"} if args.tracemalloc else {}


@dataclass
class IdleResult:
    backend: str
    mode: str
    founders: int
    warmup: int
    errors: int
    rss_start_kib: int
    rss_before_kib: int
    rss_after_kib: int
    rss_anon_before_kib: int
    rss_anon_after_kib: int
    bytes_per_founder_rss: float
    bytes_per_founder_anon: float
    blocks_per_founder: float
    seed_s: float
    touch_s: float
    first_error: str | None = None


async def one_run(args: argparse.Namespace, workdir: Path) -> IdleResult:
    backend = make_backend(args.backend, workdir)
    await backend.reset()
    stats_file = workdir / "stats.json"
    async with TimedBotAPI() as api:
        bot = spawn_bot(
            args.backend,
            api,
            workdir,
            database_url=backend.database_url,
            redis_url=backend.redis_url,
            log_level=args.log_level,
            module="bench.common_child",
            extra_env={"BENCH_STATS_FILE": str(stats_file), **tracemalloc_env(args)},
        )
        try:
            await wait_polling(api, bot)
            start = await stats(bot, stats_file)
            warm = [founder(100_000 + i) for i in range(args.warmup)]
            errors = await drive(api, warm, args.concurrency, seeded=False)
            before = await stats(bot, stats_file)
            print(f"  before: {before}", flush=True)
            users = [founder(i) for i in range(args.founders)]
            seed_s = 0.0
            if args.mode == "seed":
                seed_s = await seed(backend, int(api.token.split(":")[0]), users)
                print(f"  seeded {len(users)} founders in {seed_s:.1f} s", flush=True)
            started = time.monotonic()
            for first in range(0, len(users), args.batch):
                batch = users[first : first + args.batch]
                errors += await drive(api, batch, args.concurrency, seeded=args.mode == "seed")
                rss = bot.sample().rss_kib
                print(f"  {first + len(batch)} founders idle, VmRSS {rss} KiB", flush=True)
            touch_s = time.monotonic() - started
            after = await stats(bot, stats_file)
            print(f"  after: {after}", flush=True)
        finally:
            await bot.stop()
    n = args.founders
    return IdleResult(
        backend=args.backend,
        mode=args.mode,
        founders=n,
        warmup=args.warmup,
        errors=len(errors),
        rss_start_kib=start["VmRSS"],
        rss_before_kib=before["VmRSS"],
        rss_after_kib=after["VmRSS"],
        rss_anon_before_kib=before["RssAnon"],
        rss_anon_after_kib=after["RssAnon"],
        bytes_per_founder_rss=(after["VmRSS"] - before["VmRSS"]) * 1024 / n,
        bytes_per_founder_anon=(after["RssAnon"] - before["RssAnon"]) * 1024 / n,
        blocks_per_founder=(after["allocated_blocks"] - before["allocated_blocks"]) / n,
        seed_s=seed_s,
        touch_s=touch_s,
        first_error=errors[0] if errors else None,
    )


async def main(args: argparse.Namespace) -> None:
    print(f"# idle memory, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine_line()}")
    print(
        f"backend={args.backend} mode={args.mode} founders={args.founders} "
        f"warmup={args.warmup} runs={args.runs}"
    )
    results = []
    with scratch_dir("vp-bench-idle-") as scratch:
        for run in range(1, args.runs + 1):
            print(f"run {run}:", flush=True)
            result = await one_run(args, Path(scratch))
            results.append(result)
            print(
                f"run {run}: {result.bytes_per_founder_rss:.0f} B/founder VmRSS, "
                f"{result.bytes_per_founder_anon:.0f} B RssAnon, "
                f"{result.blocks_per_founder:.2f} Python blocks; errors {result.errors}"
                + (f" ({result.first_error})" if result.errors else "")
            )
    per = statistics.median(r.bytes_per_founder_rss for r in results)
    verdict = "within" if per <= TARGET_BYTES else "OVER"
    print(f"\n=> median {per:.0f} B of VmRSS per idle dialogue: {verdict} the 2 KiB target")
    if args.json:
        payload = {"machine": machine_line(), "runs": [asdict(r) for r in results]}
        await asyncio.to_thread(Path(args.json).write_text, json.dumps(payload, indent=2))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--founders", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "scale"), default="sqlite")
    parser.add_argument("--mode", choices=("seed", "drive"), default="seed")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--batch", type=int, default=2000, help="founders between RSS prints")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--log-level", default=os.environ.get("BENCH_LOG_LEVEL", "INFO"))
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="trace allocations in the bot (slow) and print where the kept memory came from",
    )
    parser.add_argument("--json", help="also write the results here")
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
