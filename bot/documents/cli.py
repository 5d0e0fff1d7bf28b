"""``python -m bot export``: write an export file from the command line, progress on stderr.

The database must already be at the newest migration: an export only reads, so it refuses
(exit 2) rather than migrating a database behind the operator's back (a read-only replica or
user could not migrate anyway); ``python -m bot db upgrade`` is the one command that migrates.
"""

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.command_line import Parser, UsageError
from bot.config import LANGUAGES, ConfigError, Settings
from bot.db.engine import create_engine, create_session_factory
from bot.db.migrate import current_revision, head_revision
from bot.documents.data.source import DatabaseError, missing_database_file
from bot.documents.formats.tables import TABLE_NAMES
from bot.documents.progress import ProgressBar
from bot.documents.run import FORMATS, export

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
USAGE = (
    "usage: python -m bot export --format xlsx|csv|json|md|pdf [--consultant ID] "
    "[--user ID ...] [--since YYYY-MM-DD] [--lang ru|en] [--table NAME ...] -o PATH"
)
OPTIONS = (
    """
  -f, --format    xlsx (a sheet per table), csv (a .csv per table, zipped when several;
                  ";"-separated for --lang ru, as Excel expects there), json (see
                  docs/export-json-schema.md), md or pdf (a readable report per client)
  --consultant    only this consultant's clients; without it and --user: every user
  --user          only these users (repeatable); with --consultant, only if they are its clients
  --since         revisions, interviews, check-ins and messages from this day (00:00 UTC)
                  or ISO date-time on; current answers are always complete
  --lang          language of sheet names, headers and reports (default: DEFAULT_LANGUAGE)
  --table         xlsx and csv: only these tables (repeatable), of
                  """
    + ", ".join(TABLE_NAMES)
    + """
  -o, --output    the file to write; replaced only when the export has finished (csv: its
                  suffix becomes .csv for one table, .zip for several)
"""
)


def _stop(problem: str, code: int = EXIT_USAGE) -> int:
    print(f"vp-coach export: {problem}", file=sys.stderr)
    return code


def _since(text: str) -> datetime:
    """A date (midnight UTC) or an ISO date-time; a time without an offset is taken as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _parser() -> Parser:
    parser = Parser("python -m bot export", usage_key="export")
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("-f", "--format", choices=FORMATS, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--consultant", type=int)
    parser.add_argument("--user", type=int, nargs="+", action="extend", dest="users")
    parser.add_argument("--since", type=_since)
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--table", choices=TABLE_NAMES, nargs="+", action="extend", dest="tables")
    return parser


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    current, head = await current_revision(settings.database_url), head_revision()
    if current != head:  # this code cannot read the database's schema
        return _stop(
            f"the database is at revision {current or 'none'}, this version needs {head}; "
            "run `python -m bot db upgrade` first"
        )
    bar = ProgressBar(sys.stderr)
    engine = create_engine(settings.database_url)
    try:
        result = await export(
            create_session_factory(engine),
            fmt=args.format,
            out=args.output,
            language=args.lang or settings.default_language,
            consultant_id=args.consultant,
            user_ids=args.users,
            tables=args.tables,
            since=args.since,
            progress=bar,
        )
    finally:
        bar.finish()
        await engine.dispose()
    rows = ", ".join(f"{table} {count}" for table, count in result.rows.items())
    print(f"wrote {result.path} ({result.bytes:,} bytes); rows: {rows}")
    if result.clients == 0:
        return _stop("no client matched; the file has no client data", EXIT_OK)
    return EXIT_OK


def export_command(argv: list[str]) -> int:
    """Run ``python -m bot export ARGS``; 0 on success, 2 on bad usage or an unready database."""
    if {"-h", "--help"} & set(argv):
        print(f"{USAGE}\n{OPTIONS}\nThe database must be migrated first: python -m bot db upgrade")
        return EXIT_OK
    try:
        args = _parser().parse_args(argv)
    except UsageError as error:
        print(f"{USAGE}\nvp-coach export: {error.kwargs['error']}", file=sys.stderr)
        return EXIT_USAGE
    if not args.output.parent.is_dir():
        return _stop(f"folder {args.output.parent} does not exist")
    try:
        settings = Settings.load()
    except ConfigError as error:
        return _stop(str(error))
    missing = missing_database_file(settings.database_url)
    if missing is not None:
        return _stop(missing)
    try:
        return asyncio.run(_run(args, settings))
    except KeyboardInterrupt:
        return _stop("interrupted; no file written", EXIT_INTERRUPTED)
    except (OSError, DatabaseError) as error:
        return _stop(f"failed: {error}", EXIT_FAILED)
