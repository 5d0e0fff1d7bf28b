"""Markdown building blocks for the /mydata document: local times, headings, lists, labels."""

from datetime import datetime, tzinfo

from bot.i18n import Gettext
from bot.text.markdown import literal

NESTED = "  "  # continuation lines of a list item
TIME_FORMAT = "%Y-%m-%d %H:%M"


def local(value: str | None, where: tzinfo, fmt: str = TIME_FORMAT) -> str:
    """An ISO time from the export, shown in ``where``; "" for none."""
    if not value:
        return ""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.strftime(fmt)  # a plain date (an interview's day) has no zone
    return parsed.astimezone(where).strftime(fmt)


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
        return literal(value)
