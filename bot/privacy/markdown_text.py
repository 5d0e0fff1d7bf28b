"""Markdown building blocks for the /mydata document: escaping user text, local times, lists."""

import re
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.telegram.text_limits import visible_text
from bot.value_prop.card import Gettext

# ASCII punctuation CommonMark (or a common extension) may read as markup anywhere in a line.
# Backslash-escaping is valid for every ASCII punctuation character, so this is always safe.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# What turns a line into a heading, a list item or a rule when it starts a line ("<" and ">"
# are escaped everywhere already).
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")
# A hard line break (two trailing spaces), so multi-line answers keep their lines.
_BREAK = "  \n"
TIME_FORMAT = "%Y-%m-%d %H:%M"


def zone(name: str | None) -> tzinfo:
    """The user's IANA zone; UTC when it is unknown to this system."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local(value: str | None, where: tzinfo, fmt: str = TIME_FORMAT) -> str:
    """An ISO time from the export, shown in ``where``; "" for none."""
    if not value:
        return ""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.strftime(fmt)  # a plain date (an interview's day) has no zone
    return parsed.astimezone(where).strftime(fmt)


def _escape_line(line: str) -> str:
    escaped = _INLINE.sub(r"\\\1", line)
    return _LINE_START.sub(_escape_start, escaped)


def _escape_start(match: re.Match[str]) -> str:
    lead, mark = match.group(1), match.group(2)
    if mark.isdigit():
        return f"{lead}{mark}\\"  # "1." → "1\." : the dot is escaped, the number stays
    return f"{lead}\\{mark}"


def text(value: str | None, indent: str = "") -> str:
    """User text made literal for Markdown; its line breaks kept, continuation lines indented."""
    if value is None:
        return ""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return (_BREAK + indent).join(_escape_line(line) for line in lines)


def html_text(value: str | None, indent: str = "") -> str:
    """A bot message (Telegram HTML) as the reader saw it: tags dropped, entities decoded."""
    return text(visible_text(value), indent) if value else ""


def heading(level: int, title: str) -> list[str]:
    return ["", "#" * level + " " + title, ""]


def item(label: str, value: str) -> str:
    """A list line "- **label:** value"; ``value`` must already be Markdown."""
    return f"- **{label}:** {value}" if value else f"- **{label}:** —"


def label(t: Gettext, prefix: str, value: str | None) -> str:
    """A stored code word (a status, a verdict, ...) in the reader's language."""
    if not value:
        return "—"
    try:
        return t(f"{prefix}{value}")
    except KeyError:  # a value a later version added: show it as stored
        return text(value)
