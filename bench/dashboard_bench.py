"""Benchmark of the dashboard: the clients page of a consultant with 1,000 clients.

The database is the exports benchmark's (each founder: a finished proposition, three finished
interviews with a verdict per hypothesis, ~60 transcript entries), on SQLite. The dashboard runs
in this process on an aiohttp test server; each request is timed by a middleware on the server
(from the request reaching the handler chain to the response being ready: init-data check, role
read, the queries and the template) and by the client (round trip on loopback). RSS is read after
every request: it should stay flat once the first request has warmed the caches. The shell page
(static bytes, same auth-free path) is timed alongside as the bare server's figure.
Redo: `uv run python bench/dashboard_bench.py --clients 1000 --requests 30 --write-results`.
"""

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.exports_bench import CONSULTANT, generate
from bot.app import build_app
from bot.config import DashboardSettings, Settings
from bot.dashboard.auth.init_data import sign
from bot.dashboard.queries.clients import PAGE_SIZE
from bot.dashboard.server import dashboard_app

TOKEN = "123456:bench-dashboard-token"  # noqa: S105 - never sent anywhere
RESULTS = Path(__file__).with_name("RESULTS.md")
SERVER_TIME = web.AppKey("server_time", list)  # (wall, CPU) per request


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@web.middleware
async def timed(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    started, cpu = time.perf_counter(), time.process_time()
    response = await handler(request)
    request.app[SERVER_TIME].append((time.perf_counter() - started, time.process_time() - cpu))
    return response


async def run(clients: int, requests: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="vp-dash-bench-") as folder:
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        await generate(db, clients, 60, 3)
        fill = time.perf_counter() - started
        settings = Settings(
            _env_file=None,
            bot_token=SecretStr(TOKEN),
            database_url=f"sqlite+aiosqlite:///{db}",
            dashboard=DashboardSettings(enabled=True),
        )
        app = build_app(settings)
        root = web.Application(middlewares=[timed])
        root[SERVER_TIME] = []
        root.add_subapp("/dashboard/", dashboard_app(app))
        headers = {
            "Authorization": "tma "
            + sign(TOKEN, user_id=CONSULTANT, first_name="K", language="ru", now=datetime.now(UTC))
        }
        async with TestClient(TestServer(root)) as http:
            figures: dict[str, list[float]] = {
                "page": [],
                "cpu": [],
                "round": [],
                "shell": [],
                "rss": [],
            }
            for _ in range(requests):
                t0 = time.perf_counter()
                async with http.get("/dashboard/api/clients", headers=headers) as response:
                    body = await response.text()
                    assert response.status == 200, body[:200]
                figures["round"].append(time.perf_counter() - t0)
                figures["page"].append(root[SERVER_TIME][-1][0])
                figures["cpu"].append(root[SERVER_TIME][-1][1])
                async with http.get("/dashboard/") as response:
                    await response.read()
                figures["shell"].append(root[SERVER_TIME][-1][0])
                figures["rss"].append(rss_mib())
            rows = body.count("<tr data-client=")
        await app.shutdown()
    assert rows == min(clients, PAGE_SIZE), rows
    page, rss = figures["page"], figures["rss"]
    return {
        "fill_s": fill,
        "page_median_ms": 1000 * statistics.median(page),
        "page_first_ms": 1000 * page[0],
        "page_min_ms": 1000 * min(page),
        "cpu_median_ms": 1000 * statistics.median(figures["cpu"]),
        "page_max_after_first_ms": 1000 * max(page[1:]),
        "round_median_ms": 1000 * statistics.median(figures["round"]),
        "shell_median_ms": 1000 * statistics.median(figures["shell"]),
        "rss_after_first": rss[0],
        "rss_after_half": rss[len(rss) // 2],
        "rss_after_last": rss[-1],
        "bytes": len(body.encode()),
    }


def report(clients: int, requests: int, r: dict[str, float]) -> str:
    return (
        f"\n## Dashboard: the clients page\n\n"
        f"`uv run python bench/dashboard_bench.py --clients {clients} --requests {requests}` "
        f"(2 shared CPUs, SQLite, Python {sys.version.split()[0]}). One consultant with "
        f"{clients:,} clients (the exports benchmark's database, filled in {r['fill_s']:.1f} s); "
        f"`GET /dashboard/api/clients` with valid init data, {requests} times: every client's stage, "
        f"activity and flags are read, filtered and sorted, and the first {PAGE_SIZE} rows (with "
        f"their hypothesis badges) and the funnel are rendered. Server time from a middleware "
        f"around the dashboard (init data, role, queries, template).\n\n"
        "| metric | value |\n| --- | --- |\n"
        f"| clients page, server time, median, ms | {r['page_median_ms']:.0f} |\n"
        f"| clients page, server time, fastest, ms | {r['page_min_ms']:.0f} |\n"
        f"| clients page, CPU time of the process (all threads), median, ms | "
        f"{r['cpu_median_ms']:.0f} |\n"
        f"| clients page, first request, ms | {r['page_first_ms']:.0f} |\n"
        f"| clients page, slowest after the first, ms | {r['page_max_after_first_ms']:.0f} |\n"
        f"| clients page, round trip on loopback, median, ms | {r['round_median_ms']:.0f} |\n"
        f"| shell page (no data), server time, median, ms | {r['shell_median_ms']:.1f} |\n"
        f"| page size, KiB | {r['bytes'] / 1024:.0f} |\n"
        f"| RSS after request 1 / {requests // 2 + 1} / {requests}, MiB | "
        f"{r['rss_after_first']:.0f} / {r['rss_after_half']:.0f} / {r['rss_after_last']:.0f} |\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--write-results", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(run(args.clients, args.requests))
    text = report(args.clients, args.requests, result)
    print(text)
    if args.write_results:
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
