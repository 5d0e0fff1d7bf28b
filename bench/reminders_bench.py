"""Reminder delivery benchmark: N due reminders through the real loop to a rate-limited fake API.

The fake Bot API (tests/fakebotapi) limits each chat; the subclass here also answers 429 once
more than ``--limit`` messages arrive within any second, as Telegram does for a bot overall.
The loop runs with its production code and a configured rate (25/s by default); the benchmark
reports the achieved rate, 429s, duplicates and losses.

    uv run python bench/reminders_bench.py                  # 10,000 reminders, ~7 minutes
    uv run python bench/reminders_bench.py --count 500      # a quick run
    uv run python bench/reminders_bench.py --write          # also update bench/RESULTS.md
"""

import argparse
import asyncio
import collections
import os
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiogram import Bot  # noqa: E402
from aiogram.client.default import DefaultBotProperties  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402
from aiogram.enums import ParseMode  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from bot.config import ReminderSettings  # noqa: E402
from bot.db.engine import create_engine, create_session_factory  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.db.models import Reminder, ReminderOccurrence, User  # noqa: E402
from bot.i18n import I18n  # noqa: E402
from bot.onboarding.consent import CONSENT_VERSION  # noqa: E402
from bot.reminders.delivery.loop import DeliveryLoop  # noqa: E402
from bot.reminders.rules import Kind, Status  # noqa: E402
from tests.fakebotapi import FakeBotAPI, FakeUser  # noqa: E402
from tests.fakebotapi.errors import default_error  # noqa: E402
from tests.fakebotapi.faults import SEND_METHODS, max_in_window  # noqa: E402
from tests.fakebotapi.files import UploadedFile  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## Reminders delivery"
FIRST_USER = 1_000_000
CONSULTANT = 999_999


class GloballyLimitedAPI(FakeBotAPI):
    """The fake Bot API plus Telegram's bot-wide limit: over ``limit`` sends a second → 429."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.recent: collections.deque[float] = collections.deque()
        self.rejected = 0

    async def _call(
        self, name: str, raw: Mapping[str, Any], uploads: Mapping[str, UploadedFile]
    ) -> Any:
        if name in SEND_METHODS:
            now = self.state.now()
            while self.recent and now - self.recent[0] >= 1.0:
                self.recent.popleft()
            if len(self.recent) >= self.limit:
                self.rejected += 1
                error = default_error(429, 1)
                error.simulated = True
                raise error
            self.recent.append(now)
        return await super()._call(name, raw, uploads)


async def seed(url: str, count: int, now: datetime) -> None:
    """``count`` founders, each with one consultant message due a second ago."""
    engine = create_engine(url)
    consultant = {"id": CONSULTANT, "first_name": "Ольга", "consent_version": CONSENT_VERSION}
    common = {"language": "ru", "timezone": "UTC", "quiet_start": 0, "quiet_end": 0}
    users = [
        {
            "id": FIRST_USER + n,
            "first_name": f"Founder {n}",
            "consent_version": CONSENT_VERSION,
            "consultant_id": CONSULTANT,
            **common,
        }
        for n in range(count)
    ]
    reminders = [
        {
            "id": n + 1,
            "user_id": FIRST_USER + n,
            "kind": Kind.CONSULTANT,
            "rule": "{}",
            "payload": "Как продвигаются интервью? Напишите, если нужна помощь.",
            "created_by": CONSULTANT,
            "active": True,
        }
        for n in range(count)
    ]
    due = now - timedelta(seconds=1)
    occurrences = [
        {
            "reminder_id": n + 1,
            "user_id": FIRST_USER + n,
            "occurrence_key": f"bench{n}",
            "due_at": due,
            "status": Status.PENDING,
        }
        for n in range(count)
    ]
    async with engine.begin() as connection:
        await connection.execute(insert(User), [consultant])
        for model, rows in (
            (User, users),
            (Reminder, reminders),
            (ReminderOccurrence, occurrences),
        ):
            for start in range(0, len(rows), 2000):
                await connection.execute(insert(model), rows[start : start + 2000])
    await engine.dispose()


@dataclass
class Result:
    count: int
    delivered: int
    duplicates: int
    lost: int
    rate_429: int
    seconds: float
    achieved: float
    max_global: int
    max_chat: int
    statuses: dict[str, int]


async def run(count: int, rate: float, limit: int) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        await upgrade(url)
        await seed(url, count, datetime.now(UTC))
        engine = create_engine(url)
        factory = create_session_factory(engine)
        async with GloballyLimitedAPI(limit) as api:
            api.set_rate_limit(1, window=1.0)  # Telegram's one message a second per chat
            for n in range(count):
                api.state.ensure_chat(FakeUser(id=FIRST_USER + n, first_name=f"Founder {n}"))
            session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
            bot = Bot(
                api.token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML)
            )
            settings = ReminderSettings(global_rate_per_second=rate)
            loop = DeliveryLoop(
                bot=bot,
                session_factory=factory,
                i18n=I18n(),
                settings=settings,
                clock=lambda: datetime.now(UTC),
            )
            started = time.monotonic()
            await loop.start()
            while len([c for c in api.calls_of("sendMessage") if c.ok]) < count:
                await asyncio.sleep(0.5)
                if time.monotonic() - started > count / rate * 2 + 60:
                    break
            await asyncio.sleep(1.0)  # anything extra (a duplicate) would show up now
            await loop.stop()
            await bot.session.close()
            ok = sorted(c.started_at for c in api.calls_of("sendMessage") if c.ok)
            per_chat = [len(api.messages(FIRST_USER + n)) for n in range(count)]
            throttled = sum(1 for c in api.calls_of("sendMessage") if c.status == 429)
        async with factory() as db:
            rows = await db.execute(
                select(ReminderOccurrence.status, func.count()).group_by(ReminderOccurrence.status)
            )
            statuses = {str(status): int(n) for status, n in rows.all()}
        await engine.dispose()
    span = ok[-1] - ok[0] if len(ok) > 1 else 0.0
    return Result(
        count=count,
        delivered=sum(1 for n in per_chat if n),
        duplicates=sum(n - 1 for n in per_chat if n > 1),
        lost=sum(1 for n in per_chat if n == 0),
        rate_429=throttled,
        seconds=span,
        achieved=(len(ok) - 1) / span if span else 0.0,
        max_global=max_in_window(ok, 1.0),
        max_chat=max(per_chat, default=0),
        statuses=statuses,
    )


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    kib = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {kib / 1024 / 1024:.1f} GiB RAM, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.system()}"
    )


def report(result: Result, rate: float, limit: int) -> str:
    share = result.achieved / rate * 100
    statuses = ", ".join(f"{name}: {n:,}" for name, n in sorted(result.statuses.items()))
    return "\n".join(
        [
            HEADING,
            "",
            f"`uv run python bench/reminders_bench.py --count {result.count}` — "
            f"{datetime.now(UTC):%Y-%m-%d}, {machine()}.",
            "",
            f"{result.count:,} consultant messages due at once, the real delivery loop (SQLite "
            f"outbox, 16 sends in flight, configured {rate:g} msg/s, 1 msg/s per chat) against "
            f"the fake Bot API answering 429 above {limit} msg/s overall and 1 msg/s per chat.",
            "",
            "| metric | value |",
            "|---|---|",
            f"| delivered | {result.delivered:,} of {result.count:,} |",
            f"| achieved rate | {result.achieved:.2f} msg/s ({share:.1f} % of {rate:g}) |",
            f"| time, first to last send | {result.seconds:.1f} s |",
            f"| most sends in any 1 s window | {result.max_global} (limit {limit}) |",
            f"| 429 answers | {result.rate_429} |",
            f"| duplicates (a chat got more than one) | {result.duplicates} |",
            f"| lost (a chat got nothing) | {result.lost} |",
            f"| occurrence statuses | {statuses} |",
            "",
        ]
    )


def write(section: str) -> None:
    """Replace (or add) our section of bench/RESULTS.md, leaving the others alone."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    lines = text.splitlines()
    if HEADING in lines:
        start = lines.index(HEADING)
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines[start:end] = [*section.rstrip("\n").splitlines(), ""]
    else:
        lines += ["", *section.rstrip("\n").splitlines()]
    RESULTS.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=25.0, help="configured messages/s")
    parser.add_argument("--limit", type=int, default=30, help="the fake API's global limit")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    result = asyncio.run(run(args.count, args.rate, args.limit))
    section = report(result, args.rate, args.limit)
    print(section)
    if args.write:
        write(section)


if __name__ == "__main__":
    main()
