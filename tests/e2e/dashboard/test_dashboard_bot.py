"""The dashboard from the chat: /dashboard, the Web App and menu buttons, sign-in links; and
deep links from a channel post recorded as the founder's source."""

import re
from urllib.parse import unquote

import pytest
from aiohttp import ClientSession
from sqlalchemy import select

from bot.db.models import User
from bot.text.markdown import literal as md_text
from tests.e2e.dashboard.helpers import Dashboard, start_dashboard
from tests.e2e.dashboard.seed import CONSULTANT_ID, seed
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.e2e.test_privacy_mydata import export
from tests.fakebotapi import FakeBotAPI, FakeUser

LINK = re.compile(r"(http://127\.0\.0\.1:\d+/dashboard/signin/[\w-]+)")


@pytest.fixture
def kate(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=CONSULTANT_ID, first_name="Катя", language_code="ru"))


async def test_dashboard_is_for_consultants_and_says_what_to_configure(
    runner: BotRunner, john: Founder, kate: Founder, clock: FakeClock
) -> None:
    assert runner.app is not None
    await seed(runner.app.session_factory, clock())
    await john.say("/start", count=2)
    [reply] = await john.say("/dashboard")
    assert reply.plain_text == "This command is not available."
    [reply] = await kate.say("/dashboard")  # the dashboard is off by default
    assert "DASHBOARD__ENABLED=true" in reply.plain_text


async def test_without_https_a_one_time_link_opens_it_in_a_browser(
    dashboard: Dashboard, kate: Founder, clock: FakeClock
) -> None:
    [reply] = await kate.say("/dashboard")
    assert "DASHBOARD__PUBLIC_URL" in reply.plain_text
    [sent] = await kate.press("Ссылка для браузера")
    found = LINK.search(sent.plain_text)
    assert found is not None, sent.plain_text
    async with ClientSession() as http:
        async with http.get(found[1], allow_redirects=False) as response:
            assert response.status == 302
            location = response.headers["Location"]
        assert location.startswith("/dashboard/#tgWebAppData=")
        init_data = unquote(location.split("=", 1)[1])
        headers = {"Authorization": "tma " + init_data}
        async with http.get(dashboard.base + "api/clients", headers=headers) as response:
            assert response.status == 200
        async with http.get(found[1], allow_redirects=False) as response:
            assert response.status == 410  # used once
            assert (await response.text()).startswith("Эта ссылка для входа уже использована")
        [sent] = await kate.press("Ссылка для браузера")
        clock.advance(minutes=11)
        async with http.get(LINK.search(sent.plain_text)[1], allow_redirects=False) as response:  # type: ignore[index]
            assert response.status == 410  # expired


async def test_with_https_a_web_app_button_and_the_menu_button(
    runner: BotRunner, api: FakeBotAPI, kate: Founder
) -> None:
    dashboard = await start_dashboard(runner, public_url="https://coach.example.org/")
    try:
        [reply] = await kate.say("/dashboard")
    finally:
        await dashboard.server.cleanup()
    assert reply.reply_markup is not None
    first = reply.reply_markup["inline_keyboard"][0][0]
    assert first["web_app"] == {"url": "https://coach.example.org/dashboard/"}
    menu = api.state.bot_settings[("menu_button", str(CONSULTANT_ID))]
    assert menu["type"] == "web_app"
    assert menu["web_app"]["url"] == "https://coach.example.org/dashboard/"


async def source_of(runner: BotRunner, user_id: int) -> str | None:
    [user] = await runner.rows(select(User).where(User.id == user_id))
    return user.source


async def test_a_channel_deep_link_is_the_founders_source_and_greets_normally(
    runner: BotRunner, anna: Founder
) -> None:
    greeting, notice = await anna.say("/start channel_post", count=2)
    assert "Анна" in greeting.plain_text
    assert "Уведомление о данных" in notice.plain_text
    assert await source_of(runner, anna.id) == "channel_post"
    await anna.say("/start ad_2", count=2)
    assert await source_of(runner, anna.id) == "channel_post"  # the first touch counts
    invalid, *_ = await anna.say("/start " + "A" * 24, count=3)
    assert invalid.plain_text == "Эта ссылка-приглашение недействительна или устарела."


async def test_the_source_is_in_the_founders_own_data(anna: Founder) -> None:
    await anna.say("/start channel_post", count=2)
    await anna.press("✅", count=2)
    data, markdown, _ = await export(anna)
    assert data["profile"]["source"] == "channel_post"
    assert f"- **Откуда вы пришли (метка ссылки):** {md_text('channel_post')}" in markdown
