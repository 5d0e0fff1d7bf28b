"""Who gets what from the dashboard's API: init data checked, role read now, no leaks."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp import ClientSession
from pydantic import SecretStr
from sqlalchemy import update

from bot.dashboard.queries.clients import Filters, clients_page
from bot.db.models import User
from bot.webhook import build_web_app
from tests.e2e.dashboard.helpers import Dashboard
from tests.e2e.dashboard.seed import ADMIN_ID, CONSULTANT_ID, OTHER_CONSULTANT_ID, SCRIPT

FOUNDER_ID = 5001
REFUSALS = {401: {"error": "unauthorized"}, 403: {"error": "forbidden"}}


@pytest.fixture
async def http() -> AsyncIterator[ClientSession]:
    async with ClientSession() as session:
        yield session


async def change_kate(dashboard: Dashboard, **values: str) -> None:
    app = dashboard.runner.app
    assert app is not None
    async with app.session_factory() as session:
        await session.execute(update(User).where(User.id == CONSULTANT_ID).values(**values))
        await session.commit()


async def page_of(http: ClientSession, url: str, headers: dict[str, str]) -> str:
    async with http.get(url, headers=headers) as response:
        assert response.status == 200, url
        return await response.text()


async def refused(http: ClientSession, url: str, headers: dict[str, str], status: int) -> None:
    async with http.get(url, headers=headers) as response:
        assert response.status == status
        assert await response.json() == REFUSALS[status]  # nothing about which check failed


async def test_forged_expired_and_missing_init_data_get_401(
    dashboard: Dashboard, http: ClientSession
) -> None:
    url = dashboard.base + "api/clients"
    await refused(http, url, {}, 401)
    await refused(http, url, {"Authorization": "Bearer x"}, 401)
    await refused(http, url, dashboard.header(CONSULTANT_ID, token="1:another-bot-token"), 401)
    await refused(http, url, dashboard.header(CONSULTANT_ID, age=timedelta(days=2)), 401)
    await refused(http, url, dashboard.header(CONSULTANT_ID, age=-timedelta(hours=1)), 401)
    tampered = dashboard.init_data(CONSULTANT_ID).replace("9100", "9001")
    await refused(http, url, {"Authorization": "tma " + tampered}, 401)
    async with http.get(url, headers=dashboard.header(CONSULTANT_ID)) as response:
        assert response.status == 200


async def test_founders_get_403_and_roles_are_read_on_every_request(
    dashboard: Dashboard, http: ClientSession
) -> None:
    url = dashboard.base + "api/clients"
    await refused(http, url, dashboard.header(FOUNDER_ID), 403)
    await refused(http, url, dashboard.header(424242), 403)  # never wrote to the bot
    await refused(http, dashboard.base + "api/admin", dashboard.header(CONSULTANT_ID), 403)
    async with http.get(url, headers=dashboard.header(CONSULTANT_ID)) as response:
        assert response.status == 200
    await change_kate(dashboard, role="founder")  # the role is taken away
    await refused(http, url, dashboard.header(CONSULTANT_ID), 403)


async def test_a_consultant_sees_only_their_own_clients(
    dashboard: Dashboard, http: ClientSession
) -> None:
    headers = dashboard.header(OTHER_CONSULTANT_ID)
    async with http.get(dashboard.base + "api/clients", headers=headers) as response:
        page = await response.text()
    assert "Чужой клиент" in page
    assert "Анна" not in page
    for path in ("", "/transcript", "/card.png", "/export/json"):
        async with http.get(
            f"{dashboard.base}api/clients/{FOUNDER_ID}{path}", headers=headers
        ) as r:
            assert r.status == 404, path
    async with http.post(
        f"{dashboard.base}api/clients/{FOUNDER_ID}/message", headers=headers, json={"text": "hi"}
    ) as response:
        assert response.status == 404
    admin = dashboard.header(ADMIN_ID)  # admins see every linked client, as in /clients
    page = await page_of(http, dashboard.base + "api/clients", admin)
    assert "Анна" in page
    assert "Чужой клиент" in page


async def test_client_text_is_escaped_and_headers_forbid_foreign_scripts(
    dashboard: Dashboard, http: ClientSession
) -> None:
    headers = dashboard.header(CONSULTANT_ID)
    async with http.get(f"{dashboard.base}api/clients/{FOUNDER_ID}", headers=headers) as response:
        page = await response.text()
        policy = response.headers["Content-Security-Policy"]
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "script-src 'self'" in policy
    assert "default-src 'none'" in policy
    async with http.get(dashboard.base) as response:
        shell = await response.text()
        assert response.headers["Content-Security-Policy"] == policy
    assert '<script src="static/dashboard.js" defer></script>' in shell
    assert "<script>" not in shell  # no inline script at all
    assert "http" not in shell.split("<body>")[0].replace("http-equiv", "")  # nothing remote
    async with http.get(dashboard.base + "static/dashboard.js") as response:
        assert response.status == 200
        script = await response.text()
    assert "https://" not in script


async def test_pages_of_clients_and_the_webhook_server_serves_the_dashboard(
    dashboard: Dashboard, http: ClientSession
) -> None:
    app = dashboard.runner.app
    assert app is not None
    async with app.session_factory() as session:
        pages = [
            await clients_page(
                session,
                scope=CONSULTANT_ID,
                filters=Filters(page=n),
                now=dashboard.now,
                page_size=3,
            )
            for n in (0, 1, 7)
        ]
    assert [len(p.rows) for p in pages] == [3, 1, 1]  # a page past the end shows the last one
    assert [p.has_next for p in pages] == [True, False, False]
    assert pages[0].rows[0].statuses
    assert not pages[1].rows[0].statuses
    app.settings.webhook.secret = SecretStr("s" * 16)
    routes = {resource.canonical for resource in build_web_app(app).router.resources()}
    assert "/dashboard" in routes  # scale mode: the same sub-application on the webhook server


async def test_the_consultants_language_not_the_browsers(
    dashboard: Dashboard, http: ClientSession
) -> None:
    await change_kate(dashboard, language="en")
    headers = {**dashboard.header(CONSULTANT_ID), "Accept-Language": "ru"}
    async with http.get(dashboard.base + "api/clients", headers=headers) as response:
        page = await response.text()
    assert "Clients: 4 of 4" in page
    assert "asks for a session" in page
    assert "Клиенты" not in page
    page = await page_of(http, f"{dashboard.base}api/clients/{FOUNDER_ID}", headers)
    assert "You said" in page
    assert "v2 · done" in page


async def test_admins_see_the_funnel_by_source_and_week(
    dashboard: Dashboard, http: ClientSession
) -> None:
    page = await page_of(http, dashboard.base + "api/admin", dashboard.header(ADMIN_ID))
    by_source = page.split("По источникам")[1]
    # Six founders (staff are not founders): the lead came from "channel", the rest untagged.
    assert "<td>channel</td><td>1</td><td>1</td><td>0</td><td>0</td><td>1</td>" in by_source
    assert "<td>без метки</td><td>5</td><td>3</td><td>1</td><td>1</td><td>1</td>" in by_source
    by_week = page.split("По неделям")[1].split("По источникам")[0]
    assert "<td>6</td><td>4</td><td>1</td><td>1</td><td>2</td>" in by_week
