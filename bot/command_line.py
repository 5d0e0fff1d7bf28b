"""What the offline command-line tools (``check``, ``lint``, ``script``) share: exit codes, an
argument parser that reports through the tool's own streams, reading the input, terminal text."""

import argparse
from pathlib import Path
from typing import IO, Any, NoReturn

from bot.i18n import Translator
from bot.text.html import visible_text

EXIT_OK = 0
EXIT_USAGE = 2
STDIN = "-"


class UsageError(Exception):
    """Bad command line or input: one sentence for the user (a locale key), exit code 2."""

    def __init__(self, message_key: str, **kwargs: Any) -> None:
        super().__init__(message_key)
        self.message_key, self.kwargs = message_key, kwargs


class Parser(argparse.ArgumentParser):
    """argparse prints to the real sys.stderr and exits; these tools report through their
    streams: a bad command line raises ``UsageError(usage_key, error=…)`` instead."""

    def __init__(self, prog: str, usage_key: str) -> None:
        super().__init__(prog=prog, add_help=False)
        self.usage_key = usage_key

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.usage_key, error=message)


def plain(text: str) -> str:
    """A locale text for the terminal: HTML tags dropped, entities (&lt; &amp;) decoded."""
    return visible_text(text)


def read_input(path: str, stdin: IO[str], no_file_key: str) -> str:
    """The file's text (a BOM dropped), or standard input for ``-``; ``UsageError(no_file_key)``
    with the system's reason when it cannot be read."""
    try:
        return stdin.read() if path == STDIN else Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise unreadable(error, no_file_key, path) from None


def unreadable(error: OSError | UnicodeDecodeError, key: str, path: str) -> UsageError:
    """The usage error for a file that cannot be read, with the system's reason."""
    reason = getattr(error, "strerror", None) or str(error)
    return UsageError(key, path=path, reason=reason)


def refuse(error: UsageError, ui: Translator, stderr: IO[str]) -> int:
    """Say what was wrong on stderr, in the tool's language; the exit code for bad usage."""
    print(plain(ui(error.message_key, **error.kwargs)), file=stderr)
    return EXIT_USAGE
