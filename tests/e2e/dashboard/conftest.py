"""Fixtures of the dashboard's tests: the seeded bot with its dashboard, a headless browser."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.e2e.dashboard.helpers import Browser, Dashboard, chromium_or_skip, start_dashboard
from tests.e2e.harness import BotRunner


@pytest.fixture
async def dashboard(runner: BotRunner) -> AsyncIterator[Dashboard]:
    """Kate and her clients (see seed.py), the dashboard on a local port, no HTTPS address."""
    result = await start_dashboard(runner)
    yield result
    await result.server.cleanup()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    chromium_or_skip()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = Browser(downloads)
    yield driver
    driver.quit()
