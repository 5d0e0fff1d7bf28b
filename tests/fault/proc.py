"""The bot as a real operating-system process (`python -m bot`) for fault tests.

The process gets its whole configuration from the environment (no `.env`: it runs in a temporary
folder), talks to the fake Bot API over loopback, and its stdout/stderr go to files the test can
read at any time. ``kill()`` is `kill -9`; ``stop()`` is SIGTERM and a wait.
"""

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Self

from tests.service import Service

REPO_ROOT = Path(__file__).resolve().parents[2]
STOP_TIMEOUT = 15.0

# Variables of the test run that must not leak into the bot (they would change its settings).
_SETTING_PREFIXES = ("BOT_", "DATABASE_", "REDIS_", "WEBHOOK", "LOG_", "DIALOGUE__", "REMINDERS__")


def bot_environment(**settings: str) -> dict[str, str]:
    """The process environment: the test's own minus bot settings, plus ``settings``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.upper().startswith(_SETTING_PREFIXES) and key.upper() != "ADMIN_IDS"
    }
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = str(REPO_ROOT)
    env.update({key.upper(): value for key, value in settings.items()})
    return env


class BotProcess(Service):
    """One `python -m bot` process; start it again after a kill with ``start()``."""

    def __init__(
        self, workdir: Path, settings: Mapping[str, str], args: tuple[str, ...] = ()
    ) -> None:
        self.workdir = workdir
        self.settings = dict(settings)
        self.args = args
        self.process: asyncio.subprocess.Process | None = None
        self.runs = 0
        self.stdout_path = workdir / "bot.stdout"
        self.stderr_path = workdir / "bot.stderr"

    # -- lifecycle ----------------------------------------------------------------------
    async def start(self, **overrides: str) -> Self:
        assert self.process is None or self.process.returncode is not None, "already running"
        self.runs += 1
        env = bot_environment(**{**self.settings, **overrides})
        with self.stdout_path.open("ab") as out, self.stderr_path.open("ab") as err:
            marker = f"--- run {self.runs} ---\n".encode()
            out.write(marker)
            err.write(marker)
            out.flush()
            err.flush()
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                *self.args,
                cwd=self.workdir,
                env=env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,  # a Ctrl-C of the test run is not sent to the bot too
            )
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def wait(self, timeout: float = STOP_TIMEOUT) -> int:  # noqa: ASYNC109
        """Until the process exits; its exit code."""
        assert self.process is not None
        async with asyncio.timeout(timeout):
            return await self.process.wait()

    async def kill(self) -> int:
        """`kill -9`: no shutdown hooks, no flush, nothing."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
        return await self.wait()

    async def stop(self, timeout: float = STOP_TIMEOUT) -> int | None:  # noqa: ASYNC109
        """SIGTERM and wait (SIGKILL after ``timeout``); None when it was never started."""
        if self.process is None:
            return None
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
            try:
                return await self.wait(timeout)
            except TimeoutError:
                return await self.kill()
        return await self.wait()

    # -- output -------------------------------------------------------------------------
    def stderr(self, *, this_run: bool = False) -> str:
        return self._read(self.stderr_path, this_run)

    def stdout(self, *, this_run: bool = False) -> str:
        return self._read(self.stdout_path, this_run)

    def _read(self, path: Path, this_run: bool) -> str:
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        if this_run:
            marker = f"--- run {self.runs} ---\n"
            text = text.split(marker, 1)[-1]
        return text

    def describe(self) -> str:
        """For assertion messages: exit status and the tail of stderr."""
        status = "running" if self.alive else f"exited {self.process and self.process.returncode}"
        tail = "\n".join(self.stderr().splitlines()[-40:])
        return f"bot process {status}; stderr tail:\n{tail}"

    async def wait_for_log(self, needle: str, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Until ``needle`` appears in this run's stderr (the bot logs there)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while needle not in self.stderr(this_run=True):
            if loop.time() > deadline:
                msg = f"{needle!r} not logged within {timeout}s; {self.describe()}"
                raise AssertionError(msg)
            if not self.alive:
                msg = f"bot exited while waiting for {needle!r}; {self.describe()}"
                raise AssertionError(msg)
            await asyncio.sleep(0.05)


SpawnBot = Callable[..., BotProcess]  # the fault tests' ``spawn`` fixture
