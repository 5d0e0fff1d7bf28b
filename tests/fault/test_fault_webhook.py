"""Scale mode's webhook under attack and under load balancing, served in-process by
``bot.webhook.serve`` on an ephemeral loopback port, against the fake Bot API.

- A request without the secret header, or with a wrong one, is refused with 401 and leaves no
  trace (no rows, no messages); a correctly signed one is handled.
- The same update delivered twice (a Telegram retry), even at the same moment, is handled once.
- Two replicas sharing PostgreSQL and Redis take turns on one founder's dialogue and lose
  nothing (needs TEST_POSTGRES_URL and TEST_REDIS_URL).
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr

from bot.app import App, build_app
from bot.config import Settings, WebhookSettings
from bot.db.models import InboxUpdate, TranscriptEntry, User
from bot.webhook import serve
from tests.e2e.harness import Founder
from tests.fakebotapi import FakeBotAPI, find_button
from tests.fault.backing import Backend, Backing, Saved
from tests.fault.scenario import ANSWERS, FIELDS

SECRET = "fault-webhook-secret_0123456789"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
PATH = "/telegram/webhook"


def webhook_settings(api: FakeBotAPI, backend: Backend) -> Settings:
    settings = Settings(
        _env_file=None,
        bot_token=SecretStr(api.token),
        bot_api_url=api.base_url,
        database_url=backend.database_url,
        redis_url=backend.redis_url,
        webhook_url="https://bot.example.invalid",
        webhook=WebhookSettings(secret=SecretStr(SECRET), host="127.0.0.1", path=PATH),
    )
    settings.webhook.port = 0  # an ephemeral port (the setting itself insists on 1-65535)
    return settings


class Replica:
    """One webhook server process, in-process: the app, its HTTP server and a client."""

    def __init__(self, app: App, url: str, client: aiohttp.ClientSession) -> None:
        self.app = app
        self.url = url
        self.client = client
        self.deliveries = 0

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> int:
        """Deliver ``update`` like Telegram does; the HTTP status."""
        headers = {HEADER: secret} if secret is not None else {}
        async with self.client.post(self.url, json=update, headers=headers) as response:
            await response.read()
            self.deliveries += 1
            return response.status


@contextlib.asynccontextmanager
async def replica(api: FakeBotAPI, backend: Backend) -> AsyncIterator[Replica]:
    app = build_app(webhook_settings(api, backend))
    runner = await serve(app)  # migrates, registers the webhook, listens
    try:
        port = runner.addresses[0][1]
        async with aiohttp.ClientSession() as client:
            yield Replica(app, f"http://127.0.0.1:{port}{PATH}", client)
    finally:
        await runner.cleanup()  # also shuts the app down


@pytest.fixture
async def server(api: FakeBotAPI, sqlite_backend: Backend) -> AsyncIterator[Replica]:
    """One replica on SQLite."""
    async with replica(api, sqlite_backend) as one:
        yield one


@pytest.fixture
def backing(sqlite_backend: Backend) -> Backing:
    return sqlite_backend.backing(0)


async def test_forged_webhook_requests_are_refused_and_leave_no_trace(
    api: FakeBotAPI, anna: Founder, server: Replica, backing: Backing
) -> None:
    start = api.send_text(anna.user, "/start")
    assert await server.post(start, secret=None) == 401
    assert await server.post(start, secret="wrong-secret-0123456789") == 401
    assert await server.post(start, secret=SECRET[:-1] + "X") == 401
    assert await server.post(start, secret=SECRET.lower() + "x") == 401

    assert api.calls_of("sendMessage") == []
    for model in (InboxUpdate, User, TranscriptEntry):
        assert await backing.count(model) == 0, model

    # The genuine delivery of the same update is handled.
    assert await server.post(start) == 200
    greeting, _notice = api.messages(anna.id)
    assert "Здравствуйте, Анна" in greeting.plain_text
    assert await backing.count(User) == 1
    assert await backing.processed_update_ids() == [start["update_id"]]


async def test_duplicate_webhook_delivery_is_handled_once(
    api: FakeBotAPI, anna: Founder, server: Replica, backing: Backing
) -> None:
    start = api.send_text(anna.user, "/start")
    assert await server.post(start) == 200
    assert await server.post(start) == 200  # Telegram's retry: dropped
    assert len(api.messages(anna.id)) == 2

    # A button press delivered twice at the same moment.
    notice = api.messages(anna.id)[-1]
    press = api.press_button(anna.user, notice, "✅")
    statuses = await asyncio.gather(server.post(press), server.post(press))
    assert list(statuses) == [200, 200]
    assert len(api.messages(anna.id)) == 4  # thanks + the name question, once
    assert sum(1 for call in api.calls_of("answerCallbackQuery") if call.ok) == 1
    assert await backing.processed_update_ids() == [start["update_id"], press["update_id"]]
    assert api.errors == []


async def test_two_replicas_take_turns_on_one_dialogue(
    api: FakeBotAPI, anna: Founder, scale_backend: Backend, bot_id: int
) -> None:
    backing = scale_backend.backing(bot_id)
    async with replica(api, scale_backend) as a, replica(api, scale_backend) as b:
        turn = 0

        async def deliver(update: dict[str, Any]) -> None:
            nonlocal turn
            server = (a, b)[turn % 2]
            turn += 1
            assert await server.post(update) == 200

        await deliver(api.send_text(anna.user, "/start"))  # A
        notice = api.messages(anna.id)[-1]
        button = find_button(notice, "✅")
        await deliver(api.press(anna.user, notice, str(button.callback_data)))  # B
        await deliver(api.send_text(anna.user, "Кофейни Казани"))  # A
        assert "Вопрос 1 из 5" in api.messages(anna.id)[-1].plain_text
        for number, text in enumerate(ANSWERS, start=1):  # B, A, B, A, B
            await deliver(api.send_text(anna.user, text))
            expected = f"Вопрос {number + 1} из 5" if number < 5 else "Проверьте ЦП"
            assert expected in api.messages(anna.id)[-1].plain_text

        assert (a.deliveries, b.deliveries) == (4, 4)
        assert await backing.answers(anna.id) == [
            Saved(field, text, False) for field, text in zip(FIELDS, ANSWERS, strict=True)
        ]
        assert await backing.state(anna.id) == "VpDialog:review"

        # One update delivered to both replicas at once (a retry that raced the original).
        sent_before = len(api.messages(anna.id))
        extra = api.send_text(anna.user, "ещё одна мысль")
        assert list(await asyncio.gather(a.post(extra), b.post(extra))) == [200, 200]
        assert len(api.messages(anna.id)) == sent_before + 1
        assert extra["update_id"] in await backing.processed_update_ids()
        assert api.errors == []
