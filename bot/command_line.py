"""What the offline command-line tools (``check``, ``lint``, ``script``) share: exit codes, an
argument parser that reports through the tool's own streams, reading the input, terminal text,
and the line-by-line checker that ``check`` and ``lint`` are."""

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, NoReturn

from bot.config import Language
from bot.i18n import I18n, Translator
from bot.text.html import visible_text

EXIT_OK = 0
EXIT_USAGE = 2
STDIN = "-"
plain = visible_text  # a locale text for the terminal: tags dropped, entities decoded


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


def language_from_env(environ: Mapping[str, str] = os.environ) -> str | None:
    """Language code from the POSIX locale variables (``ru_RU.UTF-8`` → ``ru``)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        code = value.split(".")[0].split("_")[0].split("@")[0].lower()
        if code and code not in {"c", "posix"}:
            return code
    return None


def ui_language(forced: str, i18n: I18n, environ: Mapping[str, str]) -> Language:
    """Language of a tool's own messages: ``--lang``, else the POSIX locale, else the default."""
    if forced in ("ru", "en"):
        return "ru" if forced == "ru" else "en"
    code = language_from_env(environ)
    return i18n.pick_language(code) if code else i18n.default


# One input line (stripped, with its 1-based number), the parsed options and the translations
# -> the report to print and whether the line passed.
LineCheck = Callable[[str, int, argparse.Namespace, I18n], tuple[str, bool]]


def check_lines(
    name: str,
    argv: list[str],
    check: LineCheck,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
    options: Callable[[Parser], None] = lambda _parser: None,
    validate: Callable[[argparse.Namespace], None] = lambda _args: None,
) -> int:
    """``python -m bot <name> [--lang] [--json] FILE|-``: ``check`` each non-blank line and print
    its report, then (without --json) a summary; locale keys ``<name>-cli-…``. Exit 0 whatever
    is found, 2 on bad usage, an unreadable file or a line ``check`` refuses (``UsageError``)."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    environ = os.environ if environ is None else environ
    i18n = I18n()
    ui = i18n.get(ui_language("auto", i18n, environ))
    parser = Parser(f"python -m bot {name}", f"{name}-cli-usage-error")
    parser.add_argument("-h", "--help", action="store_true")
    options(parser)
    parser.add_argument("--lang", choices=("ru", "en", "auto"), default="auto")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("file", nargs="?")
    try:
        args = parser.parse_args(argv)
        ui = i18n.get(ui_language(args.lang, i18n, environ))
        if args.help:
            print(plain(ui(f"{name}-cli-help")), file=stdout)
            return EXIT_OK
        if args.file is None:
            missing = "the following arguments are required: FILE"
            raise UsageError(parser.usage_key, error=missing)
        validate(args)
        text = read_input(args.file, stdin, f"{name}-cli-no-file")
        total = flagged = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                report, passed = check(line.strip(), number, args, i18n)
                print(report, file=stdout)
                total, flagged = total + 1, flagged + (not passed)
    except UsageError as error:
        return refuse(error, ui, stderr)
    if not args.json:
        print(plain(ui(f"{name}-cli-summary", total=total, flagged=flagged)), file=stdout)
    return EXIT_OK
