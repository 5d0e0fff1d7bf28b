"""Localised names for export tables, columns and stored codes; times in the client's zone."""

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.documents.data.model import Line
from bot.documents.naming import transcript
from bot.i18n import Translator
from bot.value_prop.questions import Field, label_key

# Stored codes with a localised name, as ``export-<group>-<code>`` keys in exports.ftl.
CHOICES: dict[str, tuple[str, ...]] = {
    "role": ("founder", "consultant", "admin"),
    "vp-status": ("draft", "review", "done", "abandoned"),
    "iv-status": ("draft", "done"),
    "fit": ("yes", "partly", "no"),
    "commitment": ("none", "time", "reputation", "money"),
    "verdict": ("confirmed", "partly", "refuted", "unclear"),
    "direction": ("in", "out"),
    "syn-status": ("untested", "testing", "supported", "refuted", "mixed"),
}
_FIELDS = {field.value: field for field in Field}


@lru_cache(maxsize=256)
def zone(name: str | None) -> tzinfo:
    """The IANA zone ``name``, or UTC when it is unknown (a bad value must not stop an export)."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local(at: datetime, zone_name: str) -> datetime:
    """``at`` (aware) on the wall clock of ``zone_name``, still aware."""
    return at.astimezone(zone(zone_name))


def iso(value: datetime | date | None, *, precise: bool = False) -> str | None:
    """ISO 8601; UTC times end in "Z", others keep their offset; seconds unless ``precise``."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        return value.isoformat()
    text = value.isoformat() if precise else value.isoformat(timespec="seconds")
    return text.removesuffix("+00:00") + "Z" if value.utcoffset() == timedelta(0) else text


class Labels:
    """Texts of one language for the export writers."""

    def __init__(self, t: Translator) -> None:
        self.t = t
        self.language = t.language
        self._names: dict[tuple[str, str], str] = {}  # formatted once per export, not per row

    def field(self, code: str) -> str:
        """The short label of an answer field ("Сегмент"), or the code if it is unknown."""
        if (name := self._names.get(("field", code))) is None:
            field = _FIELDS.get(code)
            name = self._names["field", code] = self.t(label_key(field)) if field else code
        return name

    def choice(self, group: str, code: str | None) -> str | None:
        """The localised name of a stored code; an unknown code is shown as it is."""
        if code is None:
            return None
        if (name := self._names.get((group, code))) is None:
            key = f"export-{group}-{code}"
            name = self._names[group, code] = self.t(key) if self.t.has(key) else code
        return name

    def table(self, name: str) -> str:
        """A table's (sheet's) title."""
        return self.t(f"export-table-{name.replace('_', '-')}")

    def column(self, name: str) -> str:
        """A column header; the five answers are headed by their labels from the card."""
        if name in _FIELDS:
            return self.field(name)
        return self.t(f"export-col-{name.replace('_', '-')}")

    def said(self, line: Line) -> str | None:
        """A transcript entry's text as its reader saw it: no markup, no callback data."""
        return transcript.shown_text(line.direction, line.kind, line.text, self.t)

    def kind(self, code: str) -> str:
        """What kind of message an entry is ("текст", "стикер", ...)."""
        if (name := self._names.get(("kind", code))) is None:
            name = self._names["kind", code] = transcript.kind_name(code, self.t)
        return name

    def dialogue(self, line: Line) -> str | None:
        return transcript.dialogue_name(line.dialogue, self.t)

    def step(self, line: Line) -> str | None:
        return transcript.step_label(line.dialogue, line.step, self.t)

    def where(self, line: Line) -> str | None:
        """The dialogue and step an entry belongs to, by name ("Интервью · вердикт")."""
        return transcript.step_name(line.dialogue, line.step, self.t)

    def stamp(self, at: datetime, zone_name: str) -> str:
        """A short local time for reports: "2026-03-01 13:15"."""
        return local(at, zone_name).strftime("%Y-%m-%d %H:%M")
