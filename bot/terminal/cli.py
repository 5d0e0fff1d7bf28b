"""``python -m bot chat``: options, settings and the asyncio entry point of the terminal chat."""

import argparse
import asyncio
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.command_line import language_from_env
from bot.config import LANGUAGES, Settings
from bot.terminal.files import DEFAULT_OUTPUT_DIR
from bot.terminal.loop import DEFAULT_USER_ID, run_chat

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def add_chat_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m bot chat``."""
    parser.add_argument(
        "--user-id", type=int, default=DEFAULT_USER_ID, help="Telegram id you chat as"
    )
    parser.add_argument("--name", help="your first name as the bot sees it")
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="your Telegram language (default: from LANG)"
    )
    parser.add_argument("--db", metavar="URL", help="DATABASE_URL to use instead of the setting")
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT_DIR,
        help=f"folder for the bot's pictures and files (default: {DEFAULT_OUTPUT_DIR})",
    )
    parser.add_argument("--no-color", action="store_true", help="plain text, no ANSI styles")
    parser.add_argument(
        "--log-level",
        default="WARNING",
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log level of the bot's logs on stderr (default: WARNING)",
    )


async def main_chat(args: argparse.Namespace, settings: Settings | None = None) -> int:
    """Run the chat with parsed ``args``; settings come from the environment and .env."""
    settings = settings or Settings.load()
    if args.db:
        settings = settings.model_copy(update={"database_url": args.db})
    await run_chat(
        settings,
        user_id=args.user_id,
        first_name=args.name,
        language_code=args.lang or language_from_env(),
        output_dir=args.output,
        color=False if args.no_color else None,
    )
    return 0


def chat_command(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse ``argv`` (without the program name), chat, return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m bot chat", description="Try the bot in a terminal: no token, no network."
    )
    add_chat_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(levelname)s %(name)s: %(message)s")
    for stream in (sys.stdout, sys.stderr):  # emoji on an old console: replaced, no crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        return asyncio.run(main_chat(args))
    except KeyboardInterrupt:
        print()  # leave the shell prompt on a line of its own
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (e.g. piped into `head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
