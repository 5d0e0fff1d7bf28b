"""The dashboard in tests: its server next to the polling bot, init data, a headless Chromium.

Selenium talks to Debian's chromium-driver over HTTP and blocks; every call runs in a worker
thread so the dashboard's server, on this test's event loop, keeps answering meanwhile.
"""

import asyncio
import shutil
import socket
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp import web

from bot.config import DashboardSettings
from bot.dashboard.auth.init_data import sign
from bot.dashboard.server import serve_beside_polling
from tests.e2e.dashboard.seed import ADMIN_ID, Person, seed
from tests.e2e.harness import BotRunner

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
THEME = {"bg_color": "#fdf6e3", "text_color": "#073642", "button_color": "#b58900"}
R = TypeVar("R")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Dashboard:
    """The seeded bot with its dashboard served on a local port."""

    def __init__(self, runner: BotRunner, server: web.AppRunner, port: int) -> None:
        self.runner = runner
        self.server = server
        self.base = f"http://127.0.0.1:{port}/dashboard/"
        self.clients: list[Person] = []

    @property
    def now(self) -> datetime:
        return self.runner.clock()

    def init_data(
        self, user_id: int, *, age: timedelta = timedelta(0), token: str | None = None
    ) -> str:
        return sign(
            token or self.runner.api.token,
            user_id=user_id,
            first_name="Тест",
            language="ru",
            now=self.now - age,
        )

    def header(self, user_id: int, **options: Any) -> dict[str, str]:
        return {"Authorization": "tma " + self.init_data(user_id, **options)}


async def start_dashboard(runner: BotRunner, **settings: Any) -> Dashboard:
    port = free_port()
    dashboard = DashboardSettings(enabled=True, host="127.0.0.1", port=port, **settings)
    app = await runner.restart(admin_ids=[ADMIN_ID], dashboard=dashboard)
    server = await serve_beside_polling(app)
    assert server is not None
    result = Dashboard(runner, server, port)
    result.clients = await seed(app.session_factory, runner.clock())
    return result


def chromium_or_skip() -> None:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip(
            "no headless browser: install Debian's chromium and chromium-driver "
            "(apt-get install chromium chromium-driver; .ci/run does)"
        )


class Browser:
    """A headless Chromium driven from async tests."""

    def __init__(self, downloads: Path, width: int = 420, height: int = 900) -> None:
        from selenium import webdriver  # noqa: PLC0415 - only where a browser exists
        from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in (
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            f"--window-size={width},{height}",
            "--lang=ru",
        ):
            options.add_argument(argument)
        options.add_experimental_option(
            "prefs",
            {
                "download.default_directory": str(downloads),
                "download.prompt": False,
                "intl.accept_languages": "ru",
            },
        )
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.execute_cdp_cmd(
            "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
        )
        self.downloads = downloads

    async def call(self, action: Callable[..., R], *args: Any) -> R:
        return await asyncio.to_thread(action, *args)

    async def open(self, url: str) -> None:
        await self.call(self.driver.get, url)

    async def js(self, script: str, *args: Any) -> Any:
        return await self.call(self.driver.execute_script, script, *args)

    async def wait(self, script: str, *args: Any, seconds: float = 15.0) -> Any:
        """Poll a script until it returns something truthy."""
        deadline = asyncio.get_running_loop().time() + seconds
        while True:
            value = await self.js(script, *args)
            if value:
                return value
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"timed out waiting for: {script}")
            await asyncio.sleep(0.1)

    async def resize(self, width: int, height: int) -> None:
        await self.call(self.driver.set_window_size, width, height)

    async def screenshot(self, path: Path) -> None:
        await self.call(self.driver.save_screenshot, str(path))

    def quit(self) -> None:
        self.driver.quit()
