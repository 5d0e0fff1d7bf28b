"""``python -m bot script``: the interview script for a proposition given as JSON, built by the
same builder the chat uses; Markdown to stdout or a file, PDF to a file."""

import json
import sys
from pathlib import Path
from typing import IO, Any

from bot.command_line import EXIT_OK, Parser, UsageError, refuse, unreadable
from bot.config import LANGUAGES, Language
from bot.i18n import I18n, Translator
from bot.interview.script.generate import Proposition, build_document
from bot.interview.script.markdown import render_markdown
from bot.interview.script.topic import clean_topic, propose_topic
from bot.value_prop.questions import FIELDS, Field


def _parser() -> Parser:
    parser = Parser("python -m bot script", "script-cli-usage-error")
    parser.add_argument("--vp", required=True)
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--format", choices=("md", "pdf"), default="md")
    parser.add_argument("-o", "--output")
    return parser


def read_proposition(path: str) -> dict[str, Any]:
    """The JSON object of a proposition; raises UsageError with the reason."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise unreadable(error, "script-cli-no-file", path) from None
    except json.JSONDecodeError as error:
        raise UsageError("script-cli-bad-json", path=path, reason=error.msg) from None
    if not isinstance(data, dict):
        raise UsageError("script-cli-not-object", path=path)
    for key in ("lang", "name", "topic", *FIELDS):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise UsageError("script-cli-not-text", key=key)
    vague = data.get("vague", [])
    if not isinstance(vague, list) or any(item not in set(FIELDS) for item in vague):
        raise UsageError("script-cli-bad-vague", fields=", ".join(FIELDS))
    return data


def _language(chosen: str | None, data: dict[str, Any], i18n: I18n) -> Language:
    code = chosen or data.get("lang")
    if code is None:
        return i18n.default
    if code not in LANGUAGES:
        raise UsageError("script-cli-bad-lang", lang=str(code))
    return "ru" if code == "ru" else "en"


def render(data: dict[str, Any], t: Translator, output_format: str) -> bytes:
    """The script document in the chosen format."""
    answers = {field: data.get(field.value) for field in FIELDS}
    prop = Proposition(answers=answers, vague=frozenset(Field(f) for f in data.get("vague", [])))
    topic = clean_topic(data.get("topic")) or propose_topic(prop.usable(Field.PROBLEM))
    doc = build_document(prop, t, vp_name=data.get("name") or "", topic=topic)
    if output_format == "pdf":
        # fpdf2 takes about a second to import: only for this format.
        from bot.interview.script.pdf import render_pdf  # noqa: PLC0415

        return render_pdf(doc, t)
    return render_markdown(doc, t).encode("utf-8")


def script_command(
    argv: list[str], *, stdout: IO[str] | None = None, stderr: IO[str] | None = None
) -> int:
    """Write the script; 0 on success, 2 on bad usage or input (one sentence on stderr)."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    i18n = I18n()
    ui = i18n.get(i18n.default)
    try:
        args = _parser().parse_args(argv)
        data = read_proposition(args.vp)
        language = _language(args.lang, data, i18n)
        ui = i18n.get(language)
        if args.format == "pdf" and not args.output:
            raise UsageError("script-cli-pdf-needs-output")
        content = render(data, ui, args.format)
        if args.output is None:
            stdout.write(content.decode("utf-8"))
            return EXIT_OK
        try:
            Path(args.output).write_bytes(content)
        except OSError as error:
            raise UsageError(
                "script-cli-cannot-write", path=args.output, reason=error.strerror
            ) from None
    except UsageError as error:
        return refuse(error, ui, stderr)
    return EXIT_OK
