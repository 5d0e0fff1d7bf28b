"""The dashboard in a real headless Chromium: the clients table, one client, an export, the
charts and the admins' view, with Telegram's theme, checked by geometry, text and colour.

Screenshots go to DASHBOARD_SCREENSHOTS (a folder) when set, else to the test's tmp folder.
"""

import asyncio
import io
import json
import os
from pathlib import Path
from urllib.parse import quote

import pytest
from openpyxl import load_workbook

from tests.e2e.dashboard.helpers import (
    THEME,
    Browser,
    Dashboard,
)
from tests.e2e.dashboard.seed import ADMIN_ID, CONSULTANT_ID, SCRIPT
from tests.fakebotapi import FakeBotAPI, FakeUser

ROWS = "[...document.querySelectorAll('table.clients tbody tr')]"


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("DASHBOARD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def launch_url(dashboard: Dashboard, user_id: int, query: str = "") -> str:
    fragment = f"tgWebAppData={quote(dashboard.init_data(user_id), safe='')}"
    fragment += f"&tgWebAppThemeParams={quote(json.dumps(THEME), safe='')}"
    return f"{dashboard.base}{query}#{fragment}"


async def table_names(browser: Browser) -> list[str]:
    await browser.wait(f"return {ROWS}.length > 0")
    names: list[str] = await browser.js(
        f"return {ROWS}.map(r => r.querySelector('td a').textContent)"
    )
    return names


async def test_clients_table_in_telegram_colours(
    dashboard: Dashboard, browser: Browser, shots: Path
) -> None:
    await browser.open(launch_url(dashboard, CONSULTANT_ID))
    names = await table_names(browser)
    assert names == [person.name for person in dashboard.clients]  # own clients, newest first
    assert "Чужой клиент" not in await browser.js("return document.body.innerText")
    # The client's "<script>" is text: shown as typed, never run; ours is the only script.
    assert names[0].startswith(SCRIPT)
    assert await browser.js("return document.scripts.length") == 1
    assert await browser.js("return document.querySelectorAll('#app script').length") == 0
    flags = await browser.js(
        f"return {ROWS}.map(r => r.querySelector('td.flags').innerText.trim())"
    )
    assert flags == [
        "просит разбор",
        "напоминания выключены",
        "заблокировал бота",
        "напоминания на паузе",
    ]
    badges = await browser.js(
        f"return [...{ROWS}[0].querySelectorAll('.badge')].map(b => b.className)"
    )
    assert badges == ["badge supported"] * 3 + ["badge mixed", "badge supported"]
    stages = await browser.js(f"return {ROWS}.map(r => r.cells[1].innerText)")
    assert stages == ["интервью: 6 · v2", "ЦП: вопрос 1 из 5", "знакомство", "знакомство"]
    # Telegram's theme colours, and a phone-width layout without sideways scrolling.
    colours = await browser.js(
        "const s = getComputedStyle(document.body);"
        "const tab = getComputedStyle(document.querySelector('.tabs a[aria-current]'));"
        "return [s.backgroundColor, s.color, tab.backgroundColor]"
    )
    assert colours == ["rgb(253, 246, 227)", "rgb(7, 54, 66)", "rgb(181, 137, 0)"]
    width = await browser.js("return [document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1]
    lefts = await browser.js(
        f"return [...{ROWS}[0].cells].map(c => Math.round(c.getBoundingClientRect().left))"
    )
    assert len(set(lefts)) == 1  # on a phone a client is a card: its fields one under another
    bars = await browser.js("return document.querySelectorAll('svg.chart rect.bar').length")
    assert bars == 10  # the funnel's steps
    header = await browser.js(
        "const r = document.querySelector('h1').getBoundingClientRect(); return [r.top, r.height]"
    )
    assert 30 < header[0] < 120
    assert header[1] < 60
    await browser.screenshot(shots / "dashboard-clients-phone.png")
    await browser.resize(1100, 860)
    columns = await browser.js(
        "return [...document.querySelectorAll('table.clients thead th')]"
        ".map(th => Math.round(th.getBoundingClientRect().left))"
    )
    assert columns == sorted(columns)
    assert columns[-1] < 1100  # on a desktop every column is in view
    await browser.screenshot(shots / "dashboard-clients-desktop.png")


async def test_filters_narrow_the_table(dashboard: Dashboard, browser: Browser) -> None:
    await browser.open(launch_url(dashboard, CONSULTANT_ID, "?view=clients&stalled=7"))
    assert await table_names(browser) == ["Вера", "Глеб"]
    await browser.js("document.querySelector('input[name=session]').click()")
    await browser.wait(f"return {ROWS}.length === 0 || {ROWS}.length === 1")
    await browser.js("document.querySelector('input[name=stalled]').value = ''")
    await browser.js("document.querySelector('form.filters').requestSubmit()")
    await browser.wait(f"return {ROWS}.length === 1 && location.search.includes('session=1')")
    assert (await table_names(browser))[0].startswith(SCRIPT)
    await browser.js(
        "history.pushState(null, '', '?sort=name'); dispatchEvent(new PopStateEvent('popstate'))"
    )
    await browser.wait(f"return {ROWS}.length === 4")
    assert await table_names(browser) == sorted(
        (p.name for p in dashboard.clients), key=str.casefold
    )


async def test_one_client_evidence_transcript_card_and_export(
    dashboard: Dashboard, browser: Browser, shots: Path, api: FakeBotAPI
) -> None:
    await browser.resize(1280, 1000)
    await browser.open(launch_url(dashboard, CONSULTANT_ID))
    await table_names(browser)
    await browser.js(f"{ROWS}[0].querySelector('td a').click()")
    title = await browser.wait(
        "const h = document.getElementById('client-name'); return h && h.textContent"
    )
    assert title.startswith(SCRIPT + "Анна")
    versions = await browser.js(
        "return [...document.querySelectorAll('table.versions thead th')].map(t => t.innerText)"
    )
    assert versions[1:] == ["v1 · готово", "v2 · готово"]
    assert "(v2)" in await browser.js("return document.querySelector('table.versions').innerText")
    against = await browser.js(
        "return [...document.querySelectorAll('.against blockquote')].map(b => b.innerText)"
    )
    assert any(SCRIPT in text for text in against)  # the customer's words, escaped
    lines = await browser.js("return document.querySelectorAll('ol.chat li').length")
    assert lines == 5  # four messages and the press of "Записаться на разбор"
    image = await browser.wait(
        "const i = document.querySelector('img.card'); return i && i.complete && i.naturalWidth"
    )
    assert image > 300
    await browser.screenshot(shots / "dashboard-client-desktop.png")

    await browser.js(
        "const f = document.querySelector('form.search');f.q.value = 'КОФЕЕН'; f.requestSubmit()"
    )
    await browser.wait("return document.querySelectorAll('ol.chat li').length === 1")

    await browser.js("document.querySelector('button[data-download$=\"/xlsx\"]').click()")
    exported = await _downloaded(browser, ".xlsx")
    workbook = load_workbook(io.BytesIO(exported.read_bytes()), read_only=True)
    cells = {str(c) for s in workbook.worksheets for r in s.iter_rows(values_only=True) for c in r}
    assert "Владельцы кофеен в Казани (v2)" in cells

    api.state.ensure_chat(FakeUser(id=5001, first_name="Анна"))  # she has written to the bot
    await browser.js(
        "const f = document.querySelector('form.write');"
        "f.text.value = 'Созвон в четверг <b>?</b>'; f.requestSubmit()"
    )
    status = await browser.wait("return document.querySelector('[data-status]').textContent")
    assert status == "Отправлено."
    [message] = await api.wait_for_messages(5001)
    assert "Созвон в четверг <b>?</b>" in message.plain_text


async def _downloaded(browser: Browser, suffix: str) -> Path:
    """The downloaded file once Chromium has finished writing it (it may show the final name
    before the last bytes: the size must hold still between two looks)."""
    size = -1
    for _ in range(150):
        done = [p for p in browser.downloads.iterdir() if p.name.endswith(suffix)]
        if done and done[0].stat().st_size == size > 0:
            return done[0]
        size = done[0].stat().st_size if done else -1
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {suffix} downloaded: {list(browser.downloads.iterdir())}")


async def test_charts_and_the_admins_view(
    dashboard: Dashboard, browser: Browser, shots: Path
) -> None:
    await browser.resize(1100, 1200)
    await browser.open(launch_url(dashboard, CONSULTANT_ID, "?view=charts"))
    titles = await browser.wait(
        "return [...document.querySelectorAll('svg.chart > title')].map(x => x.textContent)"
    )
    assert titles == ["Воронка по клиентам", "Интервью по неделям", "Гипотезы по статусам"]
    await browser.screenshot(shots / "dashboard-charts.png")
    admin_tab = await browser.js("return document.querySelectorAll('.tabs a').length")
    assert admin_tab == 2  # a consultant has no consultancy tab

    await browser.open(launch_url(dashboard, ADMIN_ID, "?view=admin"))
    leads = await browser.wait(
        "const t = document.querySelector('table.leads'); return t && t.innerText"
    )
    assert "Лид" in leads
    assert "channel" in leads
    assert "Анна" not in leads
    await browser.screenshot(shots / "dashboard-admin.png")


async def test_refused_init_data_shows_no_data(dashboard: Dashboard, browser: Browser) -> None:
    await browser.open(launch_url(dashboard, 5001))  # a founder
    text = await browser.wait(
        "const e = document.querySelector('.error'); return e && e.innerText"
    )
    assert text == "Панель доступна только консультантам."
    await browser.js("sessionStorage.clear()")
    forged = quote('auth_date=1&user={"id":9100}&hash=' + "0" * 64, safe="")
    await browser.open(f"{dashboard.base}?view=clients#tgWebAppData={forged}")
    text = await browser.wait(
        "const e = document.querySelector('.error'); return e && e.innerText"
    )
    assert "Откройте панель из бота" in text
