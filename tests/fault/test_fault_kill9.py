"""`kill -9` of the bot process mid-dialogue: nothing acknowledged is lost, the dialogue goes on.

The bot runs as a real process against the fake Bot API; it is killed with SIGKILL (no shutdown
hooks), started again on the same database, and the founder carries on. On SQLite and, when the
servers are configured, on PostgreSQL + Redis; there a second kill hits the exact point between
committing an answer and writing the moved state to Redis (made deterministic with a PostgreSQL
table lock and a Redis write pause).
"""

import asyncio

import asyncpg
import pytest
from redis.asyncio import Redis
from sqlalchemy.engine import make_url

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI
from tests.fault.backing import Backend, Backing, Saved
from tests.fault.proc import BotProcess, SpawnBot
from tests.fault.scenario import (
    ANSWERS,
    FIELDS,
    answer,
    press,
    quiet,
    resume,
    start_polling,
    to_first_question,
    wait_update_fetched,
)

pytestmark = pytest.mark.slow


def state_of(field: str) -> str:
    return f"VpDialog:{field}"


async def kill_with_answer_in_flight(
    api: FakeBotAPI, anna: Founder, bot: BotProcess, backing: Backing, number: int
) -> int:
    """Send answer ``number`` and kill the bot as soon as it has fetched it; restart.

    The answer may be lost (it was never acknowledged) or stored, but the dialogue state never
    runs ahead of the stored answers. Returns the pending question after the restart.
    """
    update = api.send_text(anna.user, ANSWERS[number - 1])
    await wait_update_fetched(api, update["update_id"])
    assert await bot.kill() == -9
    await start_polling(bot, api)
    await quiet(api)  # an update not yet confirmed is delivered to the new process
    api.mark_seen(anna.id)

    saved = await backing.answers(anna.id)
    stored = len(saved)
    # Everything the founder was told was received is there, in order, unchanged.
    assert saved == [
        Saved(f, t, False) for f, t in zip(FIELDS[:stored], ANSWERS[:stored], strict=True)
    ]
    assert stored in (number - 1, number)
    # Saved first, moved second: the state is at the first unanswered question, or (a crash
    # between the two) still at the question whose answer was just saved.
    state = await backing.state(anna.id)
    allowed = {state_of(FIELDS[stored])} | (
        {state_of(FIELDS[number - 1])} if stored == number else set()
    )
    assert state in allowed, (state, saved)
    return FIELDS.index(state.split(":")[1]) + 1


async def kill_between_save_and_move(
    api: FakeBotAPI,
    anna: Founder,
    bot: BotProcess,
    backing: Backing,
    number: int,
    dsn: str,
    redis_url: str,
) -> None:
    """Kill the bot after it committed answer ``number`` and before it moved the state (Redis).

    The bot commits the answer, then writes the new state to Redis. A PostgreSQL table lock
    (SHARE on answer_revisions) holds the bot's INSERT while it already holds the founder's
    update lock; then Redis is paused for writes (CLIENT PAUSE … WRITE) and the table lock is let
    go: the bot inserts, commits and blocks on the state write. It is killed there.
    """
    locker = await asyncpg.connect(dsn)
    redis = Redis.from_url(redis_url)
    saved_before = len(await backing.answers(anna.id))
    try:
        transaction = locker.transaction()
        await transaction.start()
        await locker.execute("LOCK TABLE answer_revisions IN SHARE MODE")
        api.send_text(anna.user, ANSWERS[number - 1])
        await wait_for_lock_waiters(locker, 1)  # the bot's INSERT
        await redis.execute_command("CLIENT", "PAUSE", 20_000, "WRITE")
        await transaction.rollback()
        async with asyncio.timeout(10):
            while True:
                if len(await backing.answers(anna.id)) > saved_before:
                    break
                await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)  # committed; now it waits on the state write
        assert await bot.kill() == -9
        # The dead process still holds the founder's update lock in Redis; it must run out
        # soon (aiogram's own lock would block the founder for 60 s on every replica).
        ttl = await backing.lock_ttl(anna.id)
        assert ttl is not None
        assert ttl <= 10.0
    finally:
        await redis.execute_command("CLIENT", "UNPAUSE")
        await redis.aclose()
        await locker.close()

    assert (await backing.answers(anna.id))[-1] == Saved(
        FIELDS[number - 1], ANSWERS[number - 1], False
    )
    assert await backing.state(anna.id) == state_of(FIELDS[number - 1])  # not moved


async def wait_for_lock_waiters(
    connection: asyncpg.Connection, count: int, table: str = "answer_revisions"
) -> None:
    """Until ``count`` statements wait for a lock on ``table``."""
    async with asyncio.timeout(10):
        while True:
            if await connection.fetchval(WAITING_ON, table) == count:
                return
            await asyncio.sleep(0.02)


WAITING_ON = "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = $1::regclass"


async def test_kill9_mid_dialogue_keeps_answers_and_resumes(
    api: FakeBotAPI, anna: Founder, spawn: SpawnBot, backend: Backend, bot_id: int
) -> None:
    backing = backend.backing(bot_id)
    bot = spawn(**backend.settings())
    await start_polling(bot, api)
    await to_first_question(anna)
    await answer(anna, 1)
    await answer(anna, 2)

    pending = await kill_with_answer_in_flight(api, anna, bot, backing, 3)
    await resume(anna, pending)
    if backend.redis_url is not None:
        dsn = make_url(backend.database_url).set(drivername="postgresql")
        await kill_between_save_and_move(
            api,
            anna,
            bot,
            backing,
            pending,
            dsn.render_as_string(hide_password=False),
            backend.redis_url,
        )
        await start_polling(bot, api)
        await quiet(api)
        api.mark_seen(anna.id)
        question = await resume(anna, pending)
        assert ANSWERS[pending - 1] in question.plain_text  # shown as the current answer
        # "Skip" keeps a filled answer: the founder need not type it again.
        await press(anna, "Пропустить")
        pending += 1
    for number in range(pending, 6):
        await answer(anna, number)

    revisions = await backing.answers(anna.id)
    assert {row.field: row.text for row in revisions} == dict(zip(FIELDS, ANSWERS, strict=True))
    assert len(revisions) == 5  # no answer stored twice
    assert await backing.state(anna.id) == "VpDialog:review"
    assert bot.alive, bot.describe()
    assert api.errors == []  # no Bot API call of the bot was refused along the way
