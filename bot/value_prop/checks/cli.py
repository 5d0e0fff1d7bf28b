"""``python -m bot check``: run the answer checks on answers from a file or stdin; text or JSON.

Plain input is one answer per line (``--field`` names the question). With ``--json`` every line
is ``{"field", "text", "lang"?, "problem"?}`` and every output line a JSON object with ``ok`` and
``reasons``. Exit 0 whatever is found, 2 on bad usage, an unreadable file or a malformed line.
"""

import argparse
import json
from collections.abc import Mapping
from functools import partial
from typing import Any

from bot.command_line import Parser, UsageError, check_lines, plain
from bot.i18n import I18n, Translator
from bot.value_prop.checks import answer_reasons, reason_key
from bot.value_prop.checks.morph import is_russian
from bot.value_prop.non_answer import non_answer_kind
from bot.value_prop.questions import FIELDS, Field

USAGE = "check-cli-usage-error"


def _field_option(parser: Parser) -> None:
    parser.add_argument("--field", choices=[str(field) for field in FIELDS])


def _plain_needs_field(args: argparse.Namespace) -> None:
    if args.field is None and not args.json:
        raise UsageError(USAGE, error="--field is required for plain text input")


def _item(line: str, number: int, args: argparse.Namespace) -> dict[str, Any]:
    """One input line as {field, text, lang?, problem?}; a malformed line is a usage error."""
    if not args.json:
        return {"field": args.field, "text": line}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise UsageError(USAGE, error=f"line {number}: not JSON ({error.msg})") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise UsageError(USAGE, error=f'line {number}: expected an object with "text"')
    item.setdefault("field", args.field)
    if item["field"] not in [str(field) for field in FIELDS]:
        unknown = f"line {number}: unknown or missing field {item['field']!r}"
        raise UsageError(USAGE, error=unknown)
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
    message = plain(t(reason_key(reasons[0]))) if reasons else None
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


def _check(line: str, number: int, args: argparse.Namespace, i18n: I18n) -> tuple[str, bool]:
    item = _item(line, number, args)
    result = _result(item, i18n.get(_language(item, args.lang)))
    report = json.dumps(result, ensure_ascii=False) if args.json else _text_report(item, result)
    return report, bool(result["ok"])


# Check answers line by line; 0 whatever is found, 2 on bad usage or input.
check_command = partial(
    check_lines, "check", check=_check, options=_field_option, validate=_plain_needs_field
)
