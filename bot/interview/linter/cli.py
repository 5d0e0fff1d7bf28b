"""``python -m bot lint``: check interview questions from a file or stdin; text or JSON lines."""

import argparse
import json
from functools import partial

from bot.command_line import check_lines, plain
from bot.i18n import I18n, Translator
from bot.interview.linter.engine import LintFinding, detect_language, lint_question


def _explained(finding: LintFinding, t: Translator) -> tuple[str, str]:
    return plain(t(finding.message_key)), plain(t(finding.rewrite_key))


def _report(question: str, findings: list[LintFinding], t: Translator, as_json: bool) -> str:
    if as_json:
        items = [{"rule": f.rule, "message": _explained(f, t)[0]} for f in findings]
        record = {"question": question, "ok": not findings, "findings": items}
        return json.dumps(record, ensure_ascii=False)
    lines = [f"{'✗' if findings else '✓'} {question}"]
    lines += [f"  [{f.rule}] {' — '.join(_explained(f, t))}" for f in findings]
    return "\n".join(lines)


def _lint(question: str, _number: int, args: argparse.Namespace, i18n: I18n) -> tuple[str, bool]:
    findings = lint_question(question)
    language = detect_language(question) if args.lang == "auto" else args.lang
    return _report(question, findings, i18n.get(language), args.json), not findings


# Lint one question per line; 0 whatever is found, 2 on bad usage or an unreadable file.
lint_command = partial(check_lines, "lint", check=_lint)
