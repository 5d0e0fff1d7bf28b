"""Summarise a profile in collapsed-stack form (``py-spy --format raw``, or the CPU-time sampler
of bench.common_child): by area of the bot, top frames self and total.

``uv run python -m bench.common_profile PROFILE.txt [--ms-per-action 14.6] [--top 25]
[--match bot/]``

Record one with ``uv run python -m bench.dialogue_load --profile /tmp/prof`` (no extra package:
a SIGPROF sampler on the process's CPU time inside the bot). ``--py-spy`` does the same with
py-spy (``uv pip install py-spy`` for the session; py-spy also counts time the bot was runnable
but preempted, which on a busy 2-core machine lands on socket writes).
"""

import argparse
import re
from collections import Counter
from pathlib import Path

FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>.*?)(?::(?P<line>\d+))?\)$")
SITE = re.compile(r".*/site-packages/")
# Areas of one update, most specific first: a sample goes to the innermost frame that matches.
AREAS: list[tuple[str, tuple[str, ...]]] = [
    (
        "reminders: nudge bookkeeping after each update",
        ("bot/reminders/nudges/middleware.py:ActivityMiddleware.",),
    ),
    (
        "de-dup check and record",
        (
            "bot/telegram/dedup.py:DedupMiddleware._in_update_session",
            "bot/telegram/dedup.py:DedupMiddleware._handled",
            "bot/telegram/dedup.py:DedupMiddleware._record",
        ),
    ),
    (
        "Bot API calls (aiohttp, JSON, pydantic, request middlewares)",
        (
            "aiogram/client/",
            "bot/telegram/transcript_capture.py:OutgoingRecorder.",
            "bot/telegram/send_retry.py:TransientRetry.",
            "bot/telegram/metrics.py:ApiCallMetrics.",
            "bot/telegram/bot_api_models.py:",
            "bot/reminders/setup.py:RetryAfterObserver.",
        ),
    ),
    (
        "FSM storage",
        (
            "bot/telegram/fsm_update_cache.py:",
            "bot/telegram/fsm_io.py:",
            "bot/telegram/fsm_storage.py:",
        ),
    ),
    ("user load/refresh", ("bot/telegram/middlewares.py:UserMiddleware.",)),
    ("value-prop handlers (queries, texts, checks)", ("bot/value_prop/",)),
    ("onboarding handlers", ("bot/onboarding/",)),
    (
        "aiogram routing and filters",
        (
            "aiogram/dispatcher/router.py:",
            "aiogram/dispatcher/event/",
            "aiogram/filters/",
            "aiogram/utils/callback_answer.py:",
            "bot/telegram/callback_answers.py:",
            "magic_filter/",
        ),
    ),
    (
        "transcript + pre-handler commit",
        ("bot/telegram/transcript_capture.py:", "bot/telegram/transcript_filing.py:"),
    ),
    (
        "DB middleware: connection, session, final commit",
        ("bot/telegram/unit_of_work.py:", "bot/db/unit_of_work.py:"),
    ),
    ("per-user lock", ("bot/telegram/isolation.py:", "bot/telegram/redis_isolation.py:")),
    (
        "aiogram dispatch: other middlewares",
        ("aiogram/dispatcher/dispatcher.py:Dispatcher.feed_update",),
    ),
    (
        "polling: getUpdates, parsing updates",
        (
            "aiogram/dispatcher/dispatcher.py:Dispatcher._listen_updates",
            "aiogram/dispatcher/dispatcher.py:Dispatcher._polling",
        ),
    ),
    ("reminder delivery loop", ("bot/reminders/delivery/loop.py:",)),
]
OTHER = "event loop, I/O callbacks, driver threads (aiosqlite/asyncpg/redis)"


def short(frame: str, *, with_line: bool = False) -> str:
    """'execute (/…/site-packages/sqlalchemy/engine/base.py:1977)'
    → 'sqlalchemy/engine/base.py:execute'.
    """
    match = FRAME.match(frame.strip())
    if match is None:
        return frame.strip()
    path = SITE.sub("", match["file"])
    path = path.replace("/work/main/", "").replace("/usr/local/lib/python3.11/", "stdlib/")
    path = re.sub(r".*/lib/python3\.\d+/", "stdlib/", path)
    line = f":{match['line']}" if with_line and match["line"] else ""
    return f"{path}{line}:{match['func']}"


def load(path: Path) -> list[tuple[list[str], int]]:
    stacks = []
    for raw in path.read_text().splitlines():
        stack, _, count = raw.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def area_of(names: list[str]) -> str:
    for name in reversed(names):
        for area, prefixes in AREAS:
            if name.startswith(prefixes):
                return area
    return OTHER


def by_area(stacks: list[tuple[list[str], int]], ms_per_action: float | None) -> list[str]:
    total = sum(count for _, count in stacks)
    areas: Counter[str] = Counter()
    for frames, count in stacks:
        areas[area_of([short(f) for f in frames])] += count
    lines = []
    for area, n in areas.most_common():
        ms = f" {n / total * ms_per_action:5.2f} ms" if ms_per_action else ""
        lines.append(f"  {n / total:6.1%}{ms}  {area}")
    return lines


def summarise(path: Path, top: int, match: str | None, ms_per_action: float | None) -> str:
    stacks = load(path)
    total = sum(count for _, count in stacks)
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for frames, count in stacks:
        names = [short(f) for f in frames if not f.startswith(("process ", "thread "))]
        if not names:
            continue
        own[names[-1]] += count
        for name in set(names):
            if match is None or match in name:
                inclusive[name] += count
    lines = [f"{path.name}: {total} samples", "", "by area (innermost matching frame):"]
    lines += by_area(stacks, ms_per_action)
    lines += ["", "self (where the CPU is):"]
    lines += [f"  {n / total:6.1%}  {name}" for name, n in own.most_common(top)]
    lines += ["", "total (frame on the stack):"]
    lines += [f"  {n / total:6.1%}  {name}" for name, n in inclusive.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match", help="only frames whose name contains this (total list)")
    parser.add_argument(
        "--ms-per-action", type=float, help="CPU ms per action, to express areas in ms"
    )
    args = parser.parse_args()
    print(summarise(args.profile, args.top, args.match, args.ms_per_action))


if __name__ == "__main__":
    main()
