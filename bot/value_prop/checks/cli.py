"""``python -m bot check``: run the answer checks on answers from a file or stdin; text or JSON.

Plain input is one answer per line (``--field`` names the question). With ``--json`` every line
is ``{"field", "text", "lang"?, "problem"?}`` and every output line a JSON object with ``ok`` and
``reasons``. Exit 0 whatever is found, 2 on bad usage, an unreadable file or a malformed line.
"""

import argparse
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from bot.cli_args import Parser as _Parser
from bot.cli_args import UsageError as _UsageError
from bot.i18n import I18n, Translator
from bot.text.html import visible_text
from bot.value_prop.checks import answer_reasons, reason_key
from bot.value_prop.checks.morph import is_russian
from bot.value_prop.non_answer import non_answer_kind
from bot.value_prop.questions import FIELDS, Field

EXIT_OK = 0
EXIT_USAGE = 2
STDIN = "-"


def _parser() -> _Parser:
    parser = _Parser(prog="python -m bot check", add_help=False)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--field", choices=[str(field) for field in FIELDS])
    parser.add_argument("--lang", choices=("ru", "en", "auto"), default="auto")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("file", nargs="?")
    return parser


def _environment_language(environ: Mapping[str, str]) -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = environ.get(name, "").split(".")[0].split("_")[0].lower()
        if code in ("ru", "en"):
            return code
    return "en"


def _read(path: str, stdin: IO[str]) -> str:
    return stdin.read() if path == STDIN else Path(path).read_text(encoding="utf-8-sig")


def _item(line: str, number: int, args: argparse.Namespace) -> dict[str, Any]:
    """One input line as {field, text, lang?, problem?}; a malformed line is a usage error."""
    if not args.json:
        return {"field": args.field, "text": line}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise _UsageError(f"line {number}: not JSON ({error.msg})") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise _UsageError(f'line {number}: expected an object with "text"')
    item.setdefault("field", args.field)
    if item["field"] not in [str(field) for field in FIELDS]:
        raise _UsageError(f"line {number}: unknown or missing field {item['field']!r}")
    return item


def _language(item: Mapping[str, Any], forced: str) -> str:
    lang = item.get("lang") or forced
    if lang in ("ru", "en"):
        return str(lang)
    return "ru" if is_russian(item["text"]) else "en"


def _result(item: Mapping[str, Any], t: Translator) -> dict[str, Any]:
    field = Field(item["field"])
    kind = non_answer_kind(item["text"])
    problem = item.get("problem") if isinstance(item.get("problem"), str) else None
    reasons = (
        [] if kind or not item["text"].strip() else answer_reasons(field, item["text"], problem)
    )
    message = visible_text(t(reason_key(reasons[0]))) if reasons else None
    return {
        "field": str(field),
        "ok": not reasons and kind is None,
        "reasons": reasons,
        "non_answer": str(kind) if kind else None,
        "message": message,
    }


def _text_report(item: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    mark = "✓" if result["ok"] else "✗"
    lines = [f"{mark} [{result['field']}] {item['text']}"]
    if result["non_answer"]:
        lines.append(f"  [non_answer:{result['non_answer']}]")
    if result["reasons"]:
        first = str(result["message"]).splitlines()[0]
        lines.append(f"  [{', '.join(result['reasons'])}] {first}")
    return "\n".join(lines)


def check_command(
    argv: list[str],
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Check answers line by line; 0 whatever is found, 2 on bad usage or input."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    i18n = I18n()
    ui = i18n.get(_environment_language(environ if environ is not None else os.environ))
    try:
        args = _parser().parse_args(argv)
        if args.lang != "auto":
            ui = i18n.get(args.lang)
        if args.help:
            print(visible_text(ui("check-cli-help")), file=stdout)
            return EXIT_OK
        if args.file is None:
            raise _UsageError("the following arguments are required: FILE")
        if args.field is None and not args.json:
            raise _UsageError("--field is required for plain text input")
        try:
            text = _read(args.file, stdin)
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            print(
                visible_text(ui("check-cli-no-file", path=args.file, reason=reason)), file=stderr
            )
            return EXIT_USAGE
        total = flagged = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            item = _item(line.strip(), number, args)
            result = _result(item, i18n.get(_language(item, args.lang)))
            report = json.dumps(result, ensure_ascii=False) if args.json else None
            print(report or _text_report(item, result), file=stdout)
            total += 1
            flagged += not result["ok"]
    except _UsageError as error:
        print(visible_text(ui("check-cli-usage-error", error=str(error))), file=stderr)
        return EXIT_USAGE
    if not args.json:
        print(visible_text(ui("check-cli-summary", total=total, flagged=flagged)), file=stdout)
    return EXIT_OK
