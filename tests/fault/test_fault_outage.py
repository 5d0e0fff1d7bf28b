"""PostgreSQL or Redis goes away while the bot runs (scale mode, a real bot process reaching
both through TCP proxies that the test cuts): errors are logged, the founder is asked to try
again, nothing half-done is stored, and once the service is back the same process carries on
(no restart). Needs TEST_POSTGRES_URL and TEST_REDIS_URL.
"""

import secrets
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from sqlalchemy.engine import make_url

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI
from tests.fault.backing import (
    Backend,
    Backing,
    create_pg_database,
    delete_bot_keys,
    drop_pg_database,
    scale_servers_or_skip,
)
from tests.fault.proc import BotProcess
from tests.fault.scenario import (
    ANSWERS,
    REPLY_TIMEOUT,
    TRY_AGAIN_RU,
    answer,
    answer_2_waits_unconfirmed,
    first_answers,
    healthy_founder,
    polling_process,
    say,
    to_first_question,
)
from tests.fault.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]
BOT_ID = 810_000_000 + secrets.randbelow(9_999_999)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def servers() -> AsyncIterator[tuple[str, str]]:
    """(PostgreSQL database URL, Redis URL): a fresh database of this module."""
    postgres, redis = scale_servers_or_skip()
    database_url = await create_pg_database(postgres)
    try:
        yield database_url, redis
    finally:
        await drop_pg_database(postgres, database_url)
        await delete_bot_keys(redis, BOT_ID)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def postgres_link(servers: tuple[str, str]) -> AsyncIterator[TcpProxy]:
    url = make_url(servers[0])
    async with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        yield proxy


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def redis_link(servers: tuple[str, str]) -> AsyncIterator[TcpProxy]:
    url = make_url(servers[1])
    async with TcpProxy(url.host or "127.0.0.1", url.port or 6379) as proxy:
        yield proxy


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=f"{BOT_ID}:AAFaultOutage_{secrets.token_hex(8)}") as server:
        yield server


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(
    api: FakeBotAPI,
    servers: tuple[str, str],
    postgres_link: TcpProxy,
    redis_link: TcpProxy,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[BotProcess]:
    database = make_url(servers[0]).set(host="127.0.0.1", port=postgres_link.port)
    redis_db = make_url(servers[1]).database or "0"
    async with polling_process(
        api,
        tmp_path_factory.mktemp("outage-bot"),
        DATABASE_URL=database.render_as_string(hide_password=False),
        REDIS_URL=f"redis://127.0.0.1:{redis_link.port}/{redis_db}",
    ) as process:
        yield process


@pytest.fixture(scope="module")
def backing(servers: tuple[str, str]) -> Backing:
    """Reads go straight to the servers, not through the proxies the tests cut."""
    return Backend("scale", *servers).backing(BOT_ID)


@pytest_asyncio.fixture(loop_scope="module")
async def founder(
    api: FakeBotAPI, bot: BotProcess, postgres_link: TcpProxy, redis_link: TcpProxy
) -> AsyncIterator[Founder]:
    async with healthy_founder(api, bot, postgres_link, redis_link) as person:
        yield person


async def outage_then_recovery(
    founder: Founder, bot: BotProcess, backing: Backing, link: TcpProxy, logged: str
) -> None:
    """Answer 1 goes through; answer 2 meets the outage (the error and its cause are logged);
    after the restore the founder sends it again and the dialogue goes on."""
    await to_first_question(founder)
    await answer(founder, 1)
    pid = bot.pid
    await link.cut()
    [apology] = await say(founder, ANSWERS[1])
    assert apology.plain_text.startswith(TRY_AGAIN_RU), apology.plain_text
    await bot.wait_for_log("ERROR bot.telegram.errors")
    await bot.wait_for_log(logged)
    await link.restore()

    # Nothing half-done: the answer is not stored, and the dialogue still waits for it.
    assert await backing.answers(founder.id) == first_answers(1)
    assert await backing.state(founder.id) == "VpDialog:problem"
    [question] = await say(founder, ANSWERS[1])  # the same process, the same answer
    assert "Вопрос 3 из 5" in question.plain_text
    await answer(founder, 3)
    assert bot.pid == pid
    assert bot.alive
    assert await backing.answers(founder.id) == first_answers(3)


async def test_postgres_outage_mid_run_holds_the_update_until_it_is_stored(
    api: FakeBotAPI, founder: Founder, bot: BotProcess, backing: Backing, postgres_link: TcpProxy
) -> None:
    """With the database unreachable a fetched update cannot be stored, so it is not confirmed
    to Telegram (which would deliver it again) and nothing is answered yet; once the database is
    back the same process stores and handles it: the next question, no apology, nothing to send
    again."""
    await to_first_question(founder)
    await answer(founder, 1)
    pid = bot.pid
    await postgres_link.cut()
    try:
        await answer_2_waits_unconfirmed(api, bot, founder)
        await bot.wait_for_log("ConnectionRefusedError")
    finally:
        await postgres_link.restore()
    [question] = await api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT)
    assert "Вопрос 3 из 5" in question.plain_text
    assert bot.pid == pid
    assert bot.alive
    assert await backing.answers(founder.id) == first_answers(2)


async def test_redis_outage_mid_run_apologises_then_recovers_without_restart(
    founder: Founder, bot: BotProcess, backing: Backing, redis_link: TcpProxy
) -> None:
    await outage_then_recovery(founder, bot, backing, redis_link, "redis.exceptions.Connection")
