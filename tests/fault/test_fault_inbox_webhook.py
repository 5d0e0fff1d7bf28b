"""`kill -9` of a webhook replica at every step of receiving an update (PostgreSQL + Redis, two
replica processes): Telegram, played by the test, delivers the update again to the other
replica, which finds it stored and finishes it exactly once; the founder's dialogue goes on.

Where the replica is stopped before it is killed:
1. the request arrived, the update not stored: a PostgreSQL lock on the inbox table;
2. stored, mid-update before its commit: ``VP_TEST_HOLD=handling``; the other replica takes it
   on when the dead one's claim has run out (``INBOX__LEASE_SECONDS``), by its sweep;
3. committed, the reply not sent: the fake Bot API holds the sendMessage;
4. the reply shown, the update not finished: the fake holds sendMessage's answer.
"""

import asyncio
import contextlib
import socket
from typing import Any

import aiohttp
import asyncpg
import pytest
from sqlalchemy.engine import make_url

from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI, SentMessage, find_button
from tests.fault.backing import Backend, Saved
from tests.fault.holds import Hold, to_chat, unhook
from tests.fault.proc import BotProcess, SpawnBot
from tests.fault.scenario import ANSWERS, FIELDS, REPLY_TIMEOUT, START_TIMEOUT
from tests.fault.test_fault_kill9 import wait_for_lock_waiters

# Five starts of a replica process (interpreter, aiogram, migrations): several seconds each.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(360)]
SECRET = "fault-inbox-secret_0123456789"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
PATH = "/telegram/webhook"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Replica:
    def __init__(self, process: BotProcess, client: aiohttp.ClientSession) -> None:
        self.process = process
        self.client = client
        self.base = f"http://127.0.0.1:{process.settings['WEBHOOK__PORT']}"

    async def start(self, **env: str) -> None:
        await self.process.start(**env)
        async with asyncio.timeout(START_TIMEOUT):
            while True:
                assert self.process.alive, self.process.describe()
                with contextlib.suppress(aiohttp.ClientError):
                    async with self.client.get(f"{self.base}/healthz") as response:
                        if response.status == 200:
                            return
                await asyncio.sleep(0.2)

    async def post(self, update: dict[str, Any]) -> int:
        headers = {HEADER: SECRET}
        async with self.client.post(f"{self.base}{PATH}", json=update, headers=headers) as answer:
            await answer.read()
            return answer.status


async def replies(api: FakeBotAPI, founder: Founder, count: int = 1) -> list[SentMessage]:
    return await api.wait_for_messages(founder.id, count=count, timeout=REPLY_TIMEOUT)


async def test_kill9_of_a_replica_at_every_step_loses_nothing_and_repeats_nothing(
    api: FakeBotAPI, anna: Founder, scale_backend: Backend, spawn: SpawnBot, bot_id: int
) -> None:
    backing = scale_backend.backing(bot_id)
    settings = {
        **scale_backend.settings(),
        "WEBHOOK_URL": "https://bot.example.invalid",
        "WEBHOOK__SECRET": SECRET,
        "WEBHOOK__HOST": "127.0.0.1",
        "INBOX__LEASE_SECONDS": "2",
        "INBOX__SWEEP_INTERVAL_SECONDS": "0.5",
    }
    dsn = make_url(scale_backend.database_url).set(drivername="postgresql")
    async with aiohttp.ClientSession() as client:
        a, b = (Replica(spawn(**settings, WEBHOOK__PORT=str(free_port())), client) for _ in "ab")
        await a.start()  # migrates the new database
        await b.start()

        async def say(replica: Replica, text: str) -> SentMessage:
            assert await replica.post(api.send_text(anna.user, text)) == 200
            return (await replies(api, anna))[-1]

        await say(a, "/start")
        notice = api.messages(anna.id)[-1]
        pressed = api.press(anna.user, notice, str(find_button(notice, "✅").callback_data))
        assert await b.post(pressed) == 200
        await replies(api, anna, count=2)
        assert "Вопрос 1 из 5" in (await say(a, "Кофейни Казани")).plain_text

        async def killed_then_delivered_to_b(update: dict[str, Any], posting: Any) -> None:
            assert await a.process.kill() == -9
            with contextlib.suppress(aiohttp.ClientError):
                await posting  # the connection of the dead replica drops
            unhook(api)
            assert await b.post(update) == 200  # Telegram's next delivery

        async def reply_held_then_killed(hook: str, text: str) -> None:
            """A's reply to ``text`` held at the fake (``hook``); A killed; B gets it again."""
            held = Hold("sendMessage", when=to_chat(anna.id))
            setattr(api, hook, held)
            update = api.send_text(anna.user, text)
            posting = asyncio.ensure_future(a.post(update))
            await held.wait_reached()
            await killed_then_delivered_to_b(update, posting)

        # 1. Before the update is stored.
        locker = await asyncpg.connect(dsn.render_as_string(hide_password=False))
        try:
            transaction = locker.transaction()
            await transaction.start()
            await locker.execute("LOCK TABLE inbox_updates IN SHARE MODE")
            update = api.send_text(anna.user, ANSWERS[0])
            posting = asyncio.ensure_future(a.post(update))
            await wait_for_lock_waiters(locker, 1, table="inbox_updates")
            assert await a.process.kill() == -9
            with contextlib.suppress(aiohttp.ClientError):
                await posting
            await transaction.rollback()
        finally:
            await locker.close()
        assert await b.post(update) == 200
        assert "Вопрос 2 из 5" in (await replies(api, anna))[0].plain_text
        await a.start(VP_TEST_HOLD="handling")

        # 2. Stored, mid-update: B's sweep resumes it once the dead replica's claim ran out.
        update = api.send_text(anna.user, ANSWERS[1])
        posting = asyncio.ensure_future(a.post(update))
        await a.process.wait_for_log("test hold: handling")
        await killed_then_delivered_to_b(update, posting)
        assert "Вопрос 3 из 5" in (await replies(api, anna))[0].plain_text
        await b.process.wait_for_log("resuming 1 stored updates left unhandled")
        await a.start()

        # 3. Committed, the reply not sent: lost, but nothing is applied twice.
        await reply_held_then_killed("before_call", ANSWERS[2])
        assert await backing.state(anna.id) == "VpDialog:benefit"
        await a.start()
        offer = await say(b, "/start")
        assert "вопрос 4 из 5" in offer.plain_text, offer.plain_text
        pressed = api.press(anna.user, offer, str(find_button(offer, "Продолжить").callback_data))
        assert await a.post(pressed) == 200
        assert "Вопрос 4 из 5" in (await replies(api, anna))[-1].plain_text

        # 4. The reply shown, the update not finished: B drops the repeat.
        await reply_held_then_killed("after_call", ANSWERS[3])
        await asyncio.sleep(0.5)
        shown = [m for m in api.messages(anna.id) if "Вопрос 5 из 5" in m.plain_text]
        assert len(shown) == 1
        await a.start()

        assert "Проверьте ЦП" in (await say(a, ANSWERS[4])).plain_text
        assert await backing.answers(anna.id) == [
            Saved(field, text, False) for field, text in zip(FIELDS, ANSWERS, strict=True)
        ]
        rows = await backing.inbox()
        assert [row.update_id for row in rows if row.handled_at is None] == []
        assert [row.error for row in rows if row.error] == []
        assert api.errors == []
