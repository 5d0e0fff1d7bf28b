"""Markdown building blocks for the /mydata document: escaping user text, local times, lists."""

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.documents.markdown import escape_lines
from bot.i18n import Gettext

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


def text(value: str | None, indent: str = "") -> str:
    """User text made literal for Markdown; its line breaks kept, continuation lines indented."""
    if value is None:
        return ""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return (_BREAK + indent).join(escape_lines(lines))


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
