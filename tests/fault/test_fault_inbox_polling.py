"""`kill -9` at every step of receiving an update by long polling (SQLite): nothing is lost,
nothing is applied twice, and the founder's dialogue goes on after the restart.

The steps, and how the test stops the bot exactly there before killing it:
1. getUpdates returned, the batch not stored yet: another connection holds SQLite's write lock;
2. stored, the next getUpdates (which confirms it) not answered: the fake holds that request
   (and ``VP_TEST_HOLD=handling`` keeps the update from being handled meanwhile);
3. mid-update, before its commit: ``VP_TEST_HOLD=handling`` (marked handled, not committed),
   after the next getUpdates has confirmed the update, so Telegram will not send it again;
4. committed, the reply not sent: the fake holds the sendMessage before it takes effect;
5. the reply shown, the update not finished: the fake holds sendMessage's answer.
(4 and 5 are one parametrized test.)
"""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI
from tests.fault.backing import Backend, Backing, Saved
from tests.fault.holds import Hold, confirming, to_chat, unhook
from tests.fault.proc import BotProcess, SpawnBot
from tests.fault.scenario import (
    ANSWERS,
    FIELDS,
    answer,
    quiet,
    resume,
    start_polling,
    to_first_question,
    wait_update_fetched,
    wait_update_received,
)
from tests.fault.test_fault_polling import WriteLock

pytestmark = pytest.mark.slow


@pytest.fixture
async def bot(
    api: FakeBotAPI, anna: Founder, spawn: SpawnBot, sqlite_backend: Backend
) -> AsyncIterator[BotProcess]:
    """A bot whose founder waits at question 1; stopped gracefully (SIGTERM) afterwards."""
    process = spawn(**sqlite_backend.settings())
    await start_polling(process, api)
    await to_first_question(anna)
    yield process
    unhook(api)
    assert await process.stop() == 0, process.describe()


@pytest.fixture
def backing(sqlite_backend: Backend, bot_id: int) -> Backing:
    return sqlite_backend.backing(bot_id)


async def restart(bot: BotProcess, api: FakeBotAPI, **env: str) -> None:
    assert await bot.kill() == -9
    unhook(api)
    await start_polling(bot, api, **env)


@pytest.fixture
async def holding_bot(bot: BotProcess, api: FakeBotAPI) -> BotProcess:
    """The bot stopped gracefully and started again with updates held once marked (not
    committed)."""
    assert await bot.stop() == 0
    return await start_polling(bot, api, VP_TEST_HOLD="handling")


async def handled_once_and_dialogue_goes_on(
    api: FakeBotAPI, anna: Founder, backing: Backing, *, reply_lost: bool = False
) -> None:
    """Answer 1 is stored once; question 2 was (or, with ``reply_lost``, can be) shown once;
    every update is handled; the founder gets on to question 3."""
    await quiet(api)
    assert await backing.answers(anna.id) == [Saved(FIELDS[0], ANSWERS[0], False)]
    assert await backing.state(anna.id) == "VpDialog:problem"
    shown = [m for m in api.messages(anna.id) if "Вопрос 2 из 5" in m.plain_text]
    assert len(shown) == (0 if reply_lost else 1), [m.plain_text for m in api.messages(anna.id)]
    api.mark_seen(anna.id)
    if reply_lost:  # the founder comes back and continues where the dialogue stands
        await resume(anna, 2)
    await answer(anna, 2)
    rows = await backing.inbox()
    assert [row.update_id for row in rows if row.handled_at is None] == []
    assert [row.error for row in rows if row.error] == []
    assert api.errors == []


async def redelivered_and_handled_once(api: FakeBotAPI, anna: Founder, backing: Backing) -> None:
    """After the restart the update is handled (again or from the inbox): the founder gets the
    reply, and then as ``handled_once_and_dialogue_goes_on``."""
    await api.wait_for_messages(anna.id)
    await handled_once_and_dialogue_goes_on(api, anna, backing)


async def test_kill_after_get_updates_before_the_batch_is_stored(
    api: FakeBotAPI, anna: Founder, bot: BotProcess, backing: Backing, tmp_path: Path
) -> None:
    lock = WriteLock(tmp_path / "bot.db")
    await lock.hold()
    try:
        update = api.send_text(anna.user, ANSWERS[0])
        await wait_update_fetched(api, update["update_id"])
        await bot.wait_for_log(f"Update id={update['update_id'] - 1} is handled")
        assert await bot.kill() == -9  # it waits for the lock to store the batch
    finally:
        await lock.release()
        lock.close()
    assert update["update_id"] not in {row.update_id for row in await backing.inbox()}
    await start_polling(bot, api)  # Telegram delivers it again: it was never confirmed
    await redelivered_and_handled_once(api, anna, backing)


async def test_kill_after_storing_before_the_next_get_updates(
    api: FakeBotAPI, anna: Founder, holding_bot: BotProcess, backing: Backing
) -> None:
    update_id = api.updates[-1]["update_id"] + 1
    poll = Hold("getUpdates", when=confirming(update_id))
    api.before_call = poll
    api.send_text(anna.user, ANSWERS[0])
    await poll.wait_reached()
    await holding_bot.wait_for_log("test hold: handling")
    [row] = [row for row in await backing.inbox() if row.update_id == update_id]
    assert row.handled_at is None  # stored, not handled
    await restart(holding_bot, api)  # the inbox has it and Telegram delivers it again: once
    await redelivered_and_handled_once(api, anna, backing)


async def test_kill_mid_update_before_its_commit_after_telegram_forgot_it(
    api: FakeBotAPI, anna: Founder, holding_bot: BotProcess, backing: Backing
) -> None:
    """The case aiogram's polling loses: the offset confirmed, the handler not finished."""
    update = api.send_text(anna.user, ANSWERS[0])
    await holding_bot.wait_for_log("test hold: handling")
    await wait_update_received(api, update["update_id"])  # Telegram will not send it again
    await restart(holding_bot, api)
    await api.wait_for_messages(anna.id)  # resumed from the inbox
    assert "resuming 1 stored updates" in holding_bot.stderr(this_run=True)
    await handled_once_and_dialogue_goes_on(api, anna, backing)


@pytest.mark.parametrize("hook", ["before_call", "after_call"])
async def test_kill_around_the_reply(
    api: FakeBotAPI, anna: Founder, bot: BotProcess, backing: Backing, hook: str
) -> None:
    """``before_call``: committed, the reply not sent (it is lost; the answer and the moved
    state stay). ``after_call``: the reply shown, the update not finished (no second reply)."""
    reply = Hold("sendMessage", when=to_chat(anna.id))
    setattr(api, hook, reply)
    api.send_text(anna.user, ANSWERS[0])
    await reply.wait_reached()
    await restart(bot, api)  # committed before the reply: not handled again
    lost = hook == "before_call"
    await handled_once_and_dialogue_goes_on(api, anna, backing, reply_lost=lost)
