"""Start-up errors a newcomer understands. PostgreSQL or Redis unreachable: one clear line on
stderr, exit code 3, no traceback, and not a single Bot API call. A token Telegram rejects (401):
exit code 2 and one sentence. The Bot API unreachable: a log line naming BOT_API_URL, retries with
backoff, and the bot runs once the API answers.

No server is needed: the URLs point at a port nobody listens on, at a proxy that is cut, or at
a server that accepts connections and never answers (the 5 s start-up check gives up). The
processes start side by side (starting Python with aiogram takes seconds).
"""

import asyncio
import socket

import pytest

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI
from tests.fault.backing import Backend
from tests.fault.proc import BotProcess, SpawnBot
from tests.fault.tcp_proxy import TcpProxy

pytestmark = pytest.mark.slow
EXIT_CONFIG = 2
EXIT_UNAVAILABLE = 3
WEBHOOK = {
    "WEBHOOK_URL": "https://bot.example.invalid",
    "WEBHOOK__SECRET": "fault-test-secret-0123456789",
    "WEBHOOK__HOST": "127.0.0.1",
}


def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def assert_one_clear_line(bot: BotProcess, code: int | None, starts: str) -> None:
    lines = bot.stderr(this_run=True).splitlines()
    assert code == EXIT_UNAVAILABLE, bot.describe()
    assert len(lines) == 1, bot.describe()
    assert lines[0].startswith(starts), lines[0]
    assert "Traceback" not in bot.stderr()
    assert bot.stdout(this_run=True) == ""


async def silent_server() -> asyncio.Server:
    """Accepts connections and never answers: a hung server or a black-holed route."""

    async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # until the client gives up
        writer.close()

    return await asyncio.start_server(hang, "127.0.0.1", 0)


async def test_database_or_redis_unreachable_at_start_exits_3_with_one_line(
    api: FakeBotAPI, spawn: SpawnBot, sqlite_backend: Backend
) -> None:
    no_database = spawn(DATABASE_URL=f"postgresql+asyncpg://postgres@127.0.0.1:{closed_port()}/vp")
    hung = await silent_server()
    hung_port = hung.sockets[0].getsockname()[1]
    hung_database_webhook = spawn(  # and in webhook mode, where aiohttp runs the start-up
        DATABASE_URL=f"postgresql+asyncpg://postgres@127.0.0.1:{hung_port}/vp",
        WEBHOOK__PORT=str(closed_port()),
        **WEBHOOK,
    )
    try:
        async with TcpProxy("127.0.0.1", closed_port()) as redis_link:
            await redis_link.cut()  # Redis is "down": its address refuses connections
            no_redis = spawn(
                **sqlite_backend.settings(), REDIS_URL=f"redis://127.0.0.1:{redis_link.port}/13"
            )
            processes = [no_database, no_redis, hung_database_webhook]
            for process in processes:
                await process.start()
            codes = await asyncio.gather(*(process.wait(timeout=60) for process in processes))
    finally:
        hung.close()
        await hung.wait_closed()

    assert_one_clear_line(no_database, codes[0], "vp-coach: cannot reach the database at ")
    assert "ConnectionRefusedError" in no_database.stderr()
    assert_one_clear_line(no_redis, codes[1], "vp-coach: cannot reach Redis")
    assert "ConnectionError" in no_redis.stderr()
    assert_one_clear_line(hung_database_webhook, codes[2], "vp-coach: cannot reach the database")
    assert "(no answer within 5 s)" in hung_database_webhook.stderr()
    assert api.calls == []  # none of them went on to talk to Telegram


async def test_rejected_token_exits_2_with_one_sentence_in_both_modes(
    api: FakeBotAPI, spawn: SpawnBot, sqlite_backend: Backend
) -> None:
    """A revoked or mistyped token: Telegram answers 401 to every method."""
    api.fail_next("*", status=401, count=1000)
    polling = spawn(**sqlite_backend.settings())
    webhook = spawn(
        DATABASE_URL=sqlite_backend.database_url + ".webhook",
        WEBHOOK__PORT=str(closed_port()),
        **WEBHOOK,
    )
    for process in (polling, webhook):
        await process.start()
    codes = await asyncio.gather(*(process.wait(timeout=60) for process in (polling, webhook)))

    for process, code in zip((polling, webhook), codes, strict=True):
        assert code == EXIT_CONFIG, process.describe()
        [line] = process.stderr(this_run=True).splitlines()  # checked before any migration log
        assert line.startswith("vp-coach: Telegram rejected BOT_TOKEN (401 Unauthorized)"), line
        assert "@BotFather" in line
        assert "Traceback" not in process.stderr()
        assert api.token not in process.stderr()
    assert {call.method for call in api.calls} == {"getMe"}  # nothing after the refusal


async def test_unreachable_bot_api_at_start_is_retried_until_it_answers(
    api: FakeBotAPI, spawn: SpawnBot, sqlite_backend: Backend, anna: Founder
) -> None:
    """Polling and webhook mode; each bot has its own cut link, so they come up one at a time
    (a webhook set while the other polls would make Telegram refuse the polling).
    """
    api_port = int(api.base_url.rsplit(":", 1)[1])
    async with TcpProxy("127.0.0.1", api_port) as one, TcpProxy("127.0.0.1", api_port) as two:
        await one.cut()  # nothing listens on the addresses the bots are given
        await two.cut()
        polling = spawn(**sqlite_backend.settings(), BOT_API_URL=f"http://127.0.0.1:{one.port}")
        webhook = spawn(
            DATABASE_URL=sqlite_backend.database_url + ".webhook",
            BOT_API_URL=f"http://127.0.0.1:{two.port}",
            WEBHOOK__PORT=str(closed_port()),
            **WEBHOOK,
        )
        for bot in (polling, webhook):
            await bot.start()
        for bot, link in ((polling, one), (webhook, two)):
            url = f"http://127.0.0.1:{link.port}"
            await bot.wait_for_log(f"cannot reach the Bot API at {url} (BOT_API_URL)", timeout=60)
            await bot.wait_for_log("retrying in 2 s", timeout=10)  # the backoff grows
            assert bot.alive

        await one.restore()
        await polling.wait_for_log("reached the Bot API", timeout=15)
        await api.wait_polling(timeout=15)
        greeting, _ = await anna.say("/start", count=2)
        assert "Анна" in greeting.plain_text
        await polling.stop()

        await two.restore()
        await webhook.wait_for_log("reached the Bot API", timeout=15)
        await webhook.wait_for_log("webhook set to https://bot.example.invalid", timeout=15)
        await webhook.stop()
    for bot in (polling, webhook):
        assert "Traceback" not in bot.stderr(), bot.describe()
        assert api.token not in bot.stderr()
