"""Fixtures of the end-to-end tests: a fake Bot API, a bot on a temporary SQLite file, founders."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests import backends
from tests.e2e.coaching_helpers import LANGS, Lang
from tests.e2e.consultant_helpers import ADMIN_ID, KATE_ID, make_consultant
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.e2e.invite_helpers import become_consultant, new_link
from tests.e2e.reminders_helpers import e2e_settings
from tests.fakebotapi import FakeBotAPI, FakeUser


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server
        # "message is not modified" is how Telegram answers a repeated edit (a double tap); the
        # bot treats it as success. Any other failing call is a bug.
        failing = [
            f"{call.method}: {call.description}"
            for call in server.errors
            if "message is not modified" not in (call.description or "")
        ]
        assert failing == []
        assert server.unanswered_callbacks() == []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
async def runner(api: FakeBotAPI, tmp_path: Path, clock: FakeClock) -> AsyncIterator[BotRunner]:
    """The bot on SQLite (default) or, with VP_TEST_BACKEND=scale, on PostgreSQL and Redis.

    Every end-to-end test talks to a running bot, so it starts whether or not a test names it.
    """
    if backends.SCALE:
        database_url = backends.required(backends.POSTGRES_URL_VARIABLE)
        redis_url = backends.required(backends.REDIS_URL_VARIABLE)
        await backends.reset_postgres_schema(database_url)
        await backends.reset_redis(redis_url)
        bot_runner = BotRunner(api, database_url, clock, redis_url=redis_url)
    else:
        bot_runner = BotRunner(api, f"sqlite+aiosqlite:///{tmp_path}/e2e.db", clock)
    await bot_runner.start()
    yield bot_runner
    await bot_runner.stop()


@pytest.fixture
def anna(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=5001, first_name="Анна", language_code="ru", username="anna"))


@pytest.fixture
def john(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=5002, first_name="John", language_code="en"))


@pytest.fixture
def admin(api: FakeBotAPI) -> Founder:
    """The consultancy's admin (in ``admin_ids`` once ``make_consultant`` restarts the bot)."""
    return Founder(api, FakeUser(id=ADMIN_ID, first_name="Админ", language_code="ru"))


@pytest.fixture
def kate(api: FakeBotAPI) -> Founder:
    """The consultant-to-be (``make_consultant``)."""
    return Founder(api, FakeUser(id=KATE_ID, first_name="Катя", username="kate_tracker"))


@pytest.fixture
def mallory(api: FakeBotAPI) -> Founder:
    """A founder who forges buttons."""
    return Founder(api, FakeUser(id=6666, first_name="Mallory", language_code="ru"))


@pytest.fixture
async def consultant(runner: BotRunner, admin: Founder, kate: Founder) -> Founder:
    """Kate, made a consultant by the admin's invite (the bot restarted with the admin's id)."""
    await make_consultant(runner, admin, kate)
    return kate


@pytest.fixture
async def scheduling(runner: BotRunner, consultant: Founder) -> Founder:
    """The consultant Kate, with reminders on fast test settings (the bot restarted)."""
    await runner.restart(admin_ids=[ADMIN_ID], reminders=e2e_settings())
    return consultant


@pytest.fixture(params=["ru", "en"])
def lang(request: pytest.FixtureRequest) -> Lang:
    """Each language the coaching tests run in."""
    return LANGS[request.param]


@pytest.fixture
def founder(lang: Lang, request: pytest.FixtureRequest) -> Founder:
    """The founder who writes in ``lang``: Anna in Russian, John in English."""
    founder: Founder = request.getfixturevalue("anna" if lang.code == "ru" else "john")
    return founder


@pytest.fixture
async def client_link(runner: BotRunner, admin: Founder, kate: Founder) -> str:
    """The code of a one-time client link of Kate's, made once she became a consultant."""
    await become_consultant(runner, admin, kate)
    return await new_link(kate, "/invite", kind="one")
