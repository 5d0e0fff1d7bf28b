"""Reads the user's lines without blocking the event loop.

Each line is read in a short-lived daemon thread: the event loop keeps running handlers and
background tasks meanwhile, and Ctrl-C never waits for a thread stuck in ``readline``. Because
such a thread may be left inside readline (which switches echo off), ``close()`` puts the
terminal's settings back the way they were.
"""

import asyncio
import contextlib
import sys
import threading
from typing import Any, TextIO


def _terminal_settings(stdin: TextIO) -> Any:
    """The console's termios settings, or None (no TTY, or Windows)."""
    if sys.platform == "win32":
        return None
    import termios  # noqa: PLC0415  (POSIX only)

    try:
        return termios.tcgetattr(stdin.fileno())
    except (termios.error, OSError, ValueError):
        return None


def _restore_terminal(stdin: TextIO, settings: Any) -> None:
    if sys.platform == "win32" or settings is None:
        return
    import termios  # noqa: PLC0415  (POSIX only)

    with contextlib.suppress(termios.error, OSError, ValueError):
        termios.tcsetattr(stdin.fileno(), termios.TCSADRAIN, settings)


def _interactive(stdin: TextIO, stdout: TextIO) -> bool:
    """Reading the real console: ``input()`` gives line editing (readline where available)."""
    if stdin is not sys.stdin or stdout is not sys.stdout:
        return False
    try:
        return stdin.isatty()
    except ValueError:
        return False


class LineReader:
    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin, self.stdout = stdin, stdout
        self.interactive = _interactive(stdin, stdout)
        self._saved_terminal = _terminal_settings(stdin) if self.interactive else None
        if self.interactive:
            with contextlib.suppress(ImportError):
                import readline  # noqa: F401, PLC0415  (only its side effect on input())

    def close(self) -> None:
        """Undo what an unfinished ``input()`` may have changed in the terminal."""
        _restore_terminal(self.stdin, self._saved_terminal)

    def _read_blocking(self, prompt: str) -> str | None:
        if self.interactive:
            try:
                return input(prompt)
            except EOFError:
                self.stdout.write("\n")
                return None
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            return None
        line = line.rstrip("\r\n")
        # Piped input is not echoed by a terminal: echo it so the transcript reads naturally.
        self.stdout.write(f"{line}\n")
        return line

    async def read(self, prompt: str) -> str | None:
        """The next line without its newline, or None at the end of input."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str | None] = loop.create_future()

        def deliver(result: str | None, error: BaseException | None) -> None:
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

        def work() -> None:
            result, error = None, None
            try:
                result = self._read_blocking(prompt)
            except Exception as exc:  # handed over to the awaiting coroutine
                error = exc
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(deliver, result, error)

        threading.Thread(target=work, name="terminal-input", daemon=True).start()
        return await future
