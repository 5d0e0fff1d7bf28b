"""One real bot process (SQLite, long polling) and the faults around it: Bot API 5xx bursts and
dropped connections, a locked database, and a burst of 50 messages from one founder.

The process is shared by the tests of this module (starting Python with aiogram takes seconds);
each test has a founder of its own, so their dialogues never meet. The bot reaches the fake Bot
API through a TCP proxy, so connections can be dropped.
"""

import asyncio
import itertools
import secrets
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI
from tests.fault.backing import Backing
from tests.fault.proc import BotProcess
from tests.fault.scenario import (
    ANSWERS,
    REPLY_TIMEOUT,
    answer,
    answer_2_waits_unconfirmed,
    first_answers,
    healthy_founder,
    polling_process,
    quiet,
    to_first_question,
    wait_update_fetched,
)
from tests.fault.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]
BOT_ID = 800_000_000 + secrets.randbelow(99_999_999)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=f"{BOT_ID}:AAFaultPolling_{secrets.token_hex(8)}") as server:
        yield server


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def api_link(api: FakeBotAPI) -> AsyncIterator[TcpProxy]:
    """The bot's only way to the fake Bot API."""
    port = int(api.base_url.rsplit(":", 1)[1])
    async with TcpProxy("127.0.0.1", port) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def database_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("polling-db") / "bot.db"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(
    api: FakeBotAPI,
    api_link: TcpProxy,
    database_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[BotProcess]:
    async with polling_process(
        api,
        tmp_path_factory.mktemp("polling-bot"),
        BOT_API_URL=f"http://127.0.0.1:{api_link.port}",
        DATABASE_URL=f"sqlite+aiosqlite:///{database_path}",
    ) as process:
        yield process


@pytest.fixture(scope="module")
def backing(database_path: Path) -> Backing:
    return Backing(f"sqlite+aiosqlite:///{database_path}", None, BOT_ID)


@pytest_asyncio.fixture(loop_scope="module")
async def founder(api: FakeBotAPI, bot: BotProcess, api_link: TcpProxy) -> AsyncIterator[Founder]:
    async with healthy_founder(api, bot, api_link) as person:
        yield person


def failed_calls(api: FakeBotAPI, method: str, since: int) -> list[float]:
    """Start times of the injected failures of ``method`` among calls[since:]."""
    return [c.started_at for c in api.calls[since:] if c.method == method and c.injected]


# -- Bot API faults --------------------------------------------------------------------------


async def test_get_updates_5xx_burst_polling_backs_off_and_loses_nothing(
    api: FakeBotAPI, bot: BotProcess, backing: Backing, founder: Founder
) -> None:
    await to_first_question(founder)
    await api.wait_polling()
    mark = len(api.calls)
    api.fail_next("getUpdates", status=502, count=2)
    api.fail_next("getUpdates", status=502, count=1, body="<html><h1>502 Bad Gateway</h1></html>")
    # The long poll running now answers with this update; the next three polls fail.
    await answer(founder, 1)
    api.send_text(founder.user, ANSWERS[1])  # sent during the failures
    [question] = await founder.api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT)
    assert "Вопрос 3 из 5" in question.plain_text

    failures = failed_calls(api, "getUpdates", mark)
    assert len(failures) == 3
    gaps = [later - earlier for earlier, later in itertools.pairwise(failures)]
    assert all(gap >= 0.8 for gap in gaps), gaps  # aiogram's backoff: ~1 s, then ~1.3 s
    assert await backing.answers(founder.id) == first_answers(2)
    assert "Failed to fetch updates - TelegramServerError" in bot.stderr()
    assert "Failed to fetch updates - ClientDecodeError" in bot.stderr()


async def test_send_message_5xx_burst_reply_arrives_once_and_answer_is_kept(
    api: FakeBotAPI, backing: Backing, founder: Founder
) -> None:
    await to_first_question(founder)
    mark = len(api.calls)
    api.fail_next("sendMessage", status=502, count=2, chat_id=founder.id)
    api.fail_next("sendMessage", status=502, count=1, chat_id=founder.id, body="<html>502</html>")
    api.send_text(founder.user, ANSWERS[0])
    replies = await api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT, settle=0.5)
    assert len(replies) == 1, replies  # no apology, no duplicate
    assert "Вопрос 2 из 5" in replies[0].plain_text
    assert len(failed_calls(api, "sendMessage", mark)) == 3
    assert await backing.answers(founder.id) == first_answers(1)
    await answer(founder, 2)  # and the dialogue simply goes on


async def test_dropped_connections_to_bot_api_are_survived(
    api: FakeBotAPI,
    bot: BotProcess,
    api_link: TcpProxy,
    backing: Backing,
    founder: Founder,
    write_lock: "WriteLock",
) -> None:
    await to_first_question(founder)
    # 1. The connection drops while the bot waits in a long poll, and stays down for 2 s.
    await api.wait_polling()
    await api_link.cut()
    api.send_text(founder.user, ANSWERS[0])  # Telegram keeps it meanwhile
    await asyncio.sleep(2)
    assert api.messages(founder.id)[-1].plain_text.startswith("Вопрос 1 из 5")
    await api_link.restore()
    [question] = await api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT)
    assert "Вопрос 2 из 5" in question.plain_text

    # 2. The connection is down when the bot sends its reply. To get exactly that moment, the
    # bot is held on a database lock while it stores the answer, and the link is cut then.
    mark = len(api.calls)
    await write_lock.hold()
    update = api.send_text(founder.user, ANSWERS[1])
    await wait_update_fetched(api, update["update_id"])  # and now waits for the lock
    await asyncio.sleep(0.2)
    await api_link.cut()
    await write_lock.release()  # the bot stores the answer and tries to reply: refused
    await bot.wait_for_log("sendMessage failed (TelegramNetworkError)")
    await asyncio.sleep(1)
    await api_link.restore()
    replies = await api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT, settle=0.5)
    assert len(replies) == 1, replies
    assert "Вопрос 3 из 5" in replies[0].plain_text
    assert await backing.answers(founder.id) == first_answers(2)
    assert [c.method for c in api.calls[mark:] if c.method == "sendMessage"] == ["sendMessage"]
    assert "Failed to fetch updates - TelegramNetworkError" in bot.stderr()


# -- the database is busy ----------------------------------------------------------------------


class WriteLock:
    """Another connection holding SQLite's write lock (`BEGIN IMMEDIATE`), as a backup would."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=10
        )

    async def hold(self) -> None:
        await asyncio.to_thread(self.connection.execute, "BEGIN IMMEDIATE")

    async def release(self) -> float:
        await asyncio.to_thread(self.connection.execute, "ROLLBACK")
        return asyncio.get_running_loop().time()

    def close(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")
        self.connection.close()


@pytest.fixture
def write_lock(database_path: Path) -> Iterator[WriteLock]:
    lock = WriteLock(database_path)
    yield lock
    lock.close()


async def test_database_locked_shorter_than_busy_timeout_the_answer_waits_and_is_stored(
    api: FakeBotAPI, backing: Backing, founder: Founder, write_lock: WriteLock
) -> None:
    await to_first_question(founder)
    await write_lock.hold()
    api.send_text(founder.user, ANSWERS[0])
    await asyncio.sleep(2)  # < the 5 s busy timeout
    released_at = await write_lock.release()
    [question] = await api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT)
    assert "Вопрос 2 из 5" in question.plain_text  # not the "try again" apology
    assert question.sent_at >= released_at  # it waited for the lock
    assert await backing.answers(founder.id) == first_answers(1)


async def test_database_locked_longer_than_busy_timeout_the_update_waits_unconfirmed(
    api: FakeBotAPI, bot: BotProcess, backing: Backing, founder: Founder, write_lock: WriteLock
) -> None:
    """Until it is stored, an update is not confirmed to Telegram: while the database stays
    locked past the busy timeout the bot retries storing it, and answers once it can."""
    await to_first_question(founder)
    await answer(founder, 1)
    await write_lock.hold()
    try:
        await answer_2_waits_unconfirmed(api, bot, founder)
        assert await backing.state(founder.id) == "VpDialog:problem"
    finally:
        await write_lock.release()
    [question] = await api.wait_for_messages(founder.id, timeout=REPLY_TIMEOUT)
    assert "Вопрос 3 из 5" in question.plain_text  # no apology, nothing to send again
    assert await backing.answers(founder.id) == first_answers(2)
    assert "database is locked" in bot.stderr()


# -- a burst of messages -----------------------------------------------------------------------


async def test_burst_of_50_messages_is_handled_in_order_once_each(
    api: FakeBotAPI, bot: BotProcess, backing: Backing, founder: Founder
) -> None:
    """Semantics: the dialogue waits for answer 1 when 50 texts arrive within a second.
    Texts 1-5 answer questions 1-5 in order (they pass the coaching checks, so each question
    takes exactly one); the fifth opens the review, which waits for a button, so texts 6-50
    each get "press a button" and are stored in the transcript only, never as answers.
    """
    await to_first_question(founder)
    texts = ANSWERS + [f"Ещё одна мысль вдогонку №{n}" for n in range(6, 51)]
    loop = asyncio.get_running_loop()
    started = loop.time()
    updates = [api.send_text(founder.user, text) for text in texts]
    assert loop.time() - started < 1.0
    replies = await api.wait_for_messages(founder.id, count=len(texts), timeout=60, settle=1.0)
    await quiet(api)

    # Every update was fetched and handled exactly once.
    assert api.state.updates.undelivered == []
    ids = [update["update_id"] for update in updates]
    assert set(ids) <= set(await backing.processed_update_ids())
    # Handled in the order sent: the transcript lists the 50 texts in send order...
    incoming = [entry for entry in await backing.incoming(founder.id) if entry.kind == "text"]
    assert [entry.text for entry in incoming][-50:] == texts
    assert [entry.update_id for entry in incoming][-50:] == ids
    # ...one answer per question, exactly the first five texts...
    assert await backing.answers(founder.id) == first_answers(5)
    assert await backing.state(founder.id) == "VpDialog:review"
    # ...and one reply per message, in the same order.
    heads = [reply.plain_text for reply in replies]
    assert len(heads) == 50, heads
    for number in range(2, 6):
        assert f"Вопрос {number} из 5" in heads[number - 2]
    assert "Проверьте ЦП" in heads[4]
    assert all(head.startswith("Сейчас я жду нажатия") for head in heads[5:]), heads[5:]
    assert bot.alive
