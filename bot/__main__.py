"""Command line: `python -m bot [run|chat|db upgrade]`. Without arguments it runs the bot."""

import argparse
import asyncio
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from bot.config import ConfigError, Settings
from bot.health import ServiceUnavailableError

EXIT_CONFIG = 2
EXIT_UNAVAILABLE = 3
# Offline tools that parse their own arguments: the module and the function, imported on use.
TOOLS = {
    "export": ("bot.documents.cli", "export_command"),
    "lint": ("bot.interview.linter.cli", "lint_command"),
    "check": ("bot.value_prop.checks.cli", "check_command"),
    "script": ("bot.interview.script.cli", "script_command"),
}


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def cmd_run(_: argparse.Namespace) -> int:
    from bot.app import build_app  # noqa: PLC0415 - keeps `--help` and `chat` fast

    settings = Settings.load()
    settings.require_token()
    _configure_logging(settings.log_level)
    if settings.webhook_url:
        from bot import webhook  # noqa: PLC0415

        settings.require_webhook_secret()
        webhook.run(build_app(settings))
        return 0
    asyncio.run(build_app(settings).run_polling())
    return 0


def cmd_db_upgrade(_: argparse.Namespace) -> int:
    from bot.db.migrate import upgrade  # noqa: PLC0415

    settings = Settings.load()
    _configure_logging(settings.log_level)
    asyncio.run(upgrade(settings.database_url))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    run = commands.add_parser("run", help="run the bot (long polling); the default")
    run.set_defaults(handler=cmd_run)
    chat = commands.add_parser("chat", help="try the bot in this terminal, no Telegram needed")
    chat.set_defaults(handler=None)
    commands.add_parser("lint", help="check interview questions: lint [--lang] [--json] FILE|-")
    commands.add_parser("check", help="check answers: check [--field F] [--lang] [--json] FILE|-")
    commands.add_parser(
        "script", help="interview script for a proposition: script --vp FILE.json [-o PATH]"
    )
    commands.add_parser("export", help="export clients' data: export --format F -o PATH ...")
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply migrations").set_defaults(handler=cmd_db_upgrade)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in TOOLS:
        module, name = TOOLS[arguments[0]]
        tool: Callable[[list[str]], int] = getattr(importlib.import_module(module), name)
        return tool(arguments[1:])
    if arguments and arguments[0] == "chat":
        from bot.terminal.cli import chat_command  # noqa: PLC0415

        return run_guarded(lambda: chat_command(arguments[1:]))
    parsed = build_parser().parse_args(arguments)
    handler = getattr(parsed, "handler", None) or cmd_run
    return run_guarded(lambda: handler(parsed))


def run_guarded(action: Callable[[], int]) -> int:
    """Run a command; a configuration problem is one clear sentence and exit code 2."""
    try:
        return action()
    except ConfigError as error:  # a ServiceUnavailableError too, with an exit code of its own
        print(f"vp-coach: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE if isinstance(error, ServiceUnavailableError) else EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
