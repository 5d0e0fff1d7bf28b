"""The two /mydata documents (JSON and Markdown), zipped when one outgrows Telegram's limit.

Stored outgoing texts are Telegram HTML, older button presses hold callback data, and steps are
state codes: both documents get the transcript and the open dialogue as the user saw them, plain
text and names instead.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.documents.mydata.markdown import Data, render_markdown
from bot.documents.naming.files import PREFIX, export_filename
from bot.documents.naming.labels import zone
from bot.documents.naming.transcript import dialogue_name, shown_text, step_label, step_name
from bot.documents.upload import DOCUMENT_LIMIT, fit_document
from bot.i18n import Gettext

JSON_INDENT = 2


def render_json(data: Data) -> bytes:
    """``data`` (from collect_user_data) as UTF-8 JSON.

    Non-ASCII text (Cyrillic, emoji) is written as is, not as ``\\u`` escapes, so the file reads
    well in any editor; NaN and infinities are refused, as strict JSON parsers would.
    """
    text = json.dumps(data, ensure_ascii=False, indent=JSON_INDENT, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _entry(entry: Data, t: Gettext) -> dict[str, Any]:
    return {
        **entry,
        "dialogue": dialogue_name(entry["dialogue"], t),
        "step": step_label(entry["dialogue"], entry["step"], t),
        "text": shown_text(entry["direction"], entry["kind"], entry["text"], t),
    }


def readable(data: Data, t: Gettext) -> dict[str, Any]:
    """``data`` from collect_user_data with its transcript and dialogue state made readable."""
    dialogue = data.get("dialogue")
    if dialogue and dialogue.get("state"):
        dialogue = {**dialogue, "state": step_name(dialogue["state"], None, t)}
    return {
        **data,
        "transcript": [_entry(entry, t) for entry in data["transcript"]],
        "dialogue": dialogue,
    }


@dataclass(frozen=True)
class ExportFile:
    """One document to send: its name, its bytes and the locale key of its caption."""

    filename: str
    payload: bytes
    caption_key: str


def export_files(data: Data, t: Gettext, *, limit: int = DOCUMENT_LIMIT) -> list[ExportFile]:
    """The JSON document and the Markdown one, named after the export's local date."""
    data = readable(data, t)
    exported_at = data.get("exported_at")
    where = zone(data["profile"]["timezone"])
    day = datetime.fromisoformat(exported_at).astimezone(where).date() if exported_at else None
    files = []
    for suffix, payload, caption in (
        ("json", render_json(data), "mydata-caption-json"),
        ("md", render_markdown(data, t).encode("utf-8"), "mydata-caption-md"),
    ):
        name = export_filename("mydata", day, suffix) if day else f"{PREFIX}-mydata.{suffix}"
        filename, packed = fit_document(name, payload, limit)
        files.append(ExportFile(filename, packed, caption))
    return files
