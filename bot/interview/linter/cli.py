"""``python -m bot lint``: check interview questions from a file or stdin; text or JSON lines."""

import json
import os
import sys
from collections.abc import Mapping
from typing import IO

from bot.command_line import EXIT_OK, Parser, UsageError, plain, read_input, refuse
from bot.config import Language
from bot.i18n import I18n, Translator
from bot.interview.linter.engine import LintFinding, detect_language, lint_question


def _parser() -> Parser:
    parser = Parser("python -m bot lint", "lint-cli-usage-error")
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--lang", choices=("ru", "en", "auto"), default="auto")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("file", nargs="?")
    return parser


def _ui_language(lang: str, i18n: I18n, environ: Mapping[str, str]) -> Language:
    """Language of the command's own messages: ``--lang``, else the POSIX locale."""
    if lang in ("ru", "en"):
        return "ru" if lang == "ru" else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = environ.get(name, "").split(".")[0].split("_")[0].lower()
        if code and code not in {"c", "posix"}:
            return i18n.pick_language(code)
    return i18n.default


def _explained(finding: LintFinding, t: Translator) -> tuple[str, str]:
    return plain(t(finding.message_key)), plain(t(finding.rewrite_key))


def _report(question: str, findings: list[LintFinding], t: Translator, as_json: bool) -> str:
    if as_json:
        items = [{"rule": f.rule, "message": _explained(f, t)[0]} for f in findings]
        record = {"question": question, "ok": not findings, "findings": items}
        return json.dumps(record, ensure_ascii=False)
    lines = [f"{'✗' if findings else '✓'} {question}"]
    for finding in findings:
        message, rewrite = _explained(finding, t)
        lines.append(f"  [{finding.rule}] {message} — {rewrite}")
    return "\n".join(lines)


def lint_command(
    argv: list[str],
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Lint one question per line; 0 whatever is found, 2 on bad usage or an unreadable file."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    i18n = I18n()
    ui = i18n.get(_ui_language("auto", i18n, environ or os.environ))
    try:
        args = _parser().parse_args(argv)
        ui = i18n.get(_ui_language(args.lang, i18n, environ or os.environ))
        if args.help:
            print(plain(ui("lint-cli-help")), file=stdout)
            return EXIT_OK
        if args.file is None:
            missing = "the following arguments are required: FILE"
            raise UsageError("lint-cli-usage-error", error=missing)
        text = read_input(args.file, stdin, "lint-cli-no-file")
    except UsageError as error:
        return refuse(error, ui, stderr)
    total = flagged = 0
    for line in text.splitlines():
        question = line.strip()
        if not question:
            continue
        findings = lint_question(question)
        language = detect_language(question) if args.lang == "auto" else args.lang
        print(_report(question, findings, i18n.get(language), args.json), file=stdout)
        total += 1
        flagged += bool(findings)
    if not args.json:
        print(plain(ui("lint-cli-summary", total=total, flagged=flagged)), file=stdout)
    return EXIT_OK
