"""The chat history of /mydata as a Markdown dialogue: a heading per day, a line per message."""

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from bot.documents.mydata.markdown_text import NESTED, heading, local
from bot.documents.naming.transcript import PLAIN_KINDS, kind_name
from bot.i18n import Gettext
from bot.text.markdown import literal


def _body(entry: Mapping[str, Any], t: Gettext) -> str:
    """The entry's text (already plain, see readable.py), with its kind unless it is text."""
    body = literal(entry["text"], NESTED)
    if entry["kind"] in PLAIN_KINDS:
        return body
    kind = f"_{kind_name(entry['kind'], t)}:_"
    return f"{kind} {body}" if body else kind


def transcript_section(
    entries: Sequence[Mapping[str, Any]], t: Gettext, where: tzinfo
) -> list[str]:
    """Every stored exchange in order, with the local time and who wrote it."""
    lines = heading(2, t("md-transcript"))
    if not entries:
        lines.append(t("md-transcript-empty"))
        return lines
    day = ""
    you, bot = t("md-you"), t("md-bot")
    for entry in entries:
        entry_day = local(entry["at"], where, "%Y-%m-%d")
        if entry_day != day:
            lines += heading(3, entry_day)
            day = entry_day
        who = you if entry["direction"] == "in" else bot
        time = local(entry["at"], where, "%H:%M:%S")
        lines.append(f"- **{time} {who}:** {_body(entry, t)}")
    return lines
