"""The two /mydata documents (JSON and Markdown), zipped when one outgrows Telegram's limit."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.documents.mydata.json_file import render_json
from bot.documents.mydata.markdown import render_markdown
from bot.documents.mydata.readable import readable
from bot.documents.naming.files import PREFIX, export_filename
from bot.documents.naming.labels import zone
from bot.documents.upload import DOCUMENT_LIMIT, fit_document
from bot.i18n import Gettext


@dataclass(frozen=True)
class ExportFile:
    """One document to send: its name, its bytes and the locale key of its caption."""

    filename: str
    payload: bytes
    caption_key: str


def export_files(
    data: Mapping[str, Any], t: Gettext, *, limit: int = DOCUMENT_LIMIT
) -> list[ExportFile]:
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
