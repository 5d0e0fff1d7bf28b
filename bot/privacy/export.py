"""The two /mydata documents (JSON and Markdown), zipped when one outgrows Telegram's limit."""

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.i18n import Gettext
from bot.privacy.markdown_text import zone
from bot.privacy.readable import readable
from bot.privacy.render_json import render_json
from bot.privacy.render_markdown import render_markdown

# Bots may upload files of up to 50 MB (https://core.telegram.org/bots/api#sending-files);
# a megabyte is kept free for the multipart envelope and the caption.
DOCUMENT_LIMIT = 49 * 1000 * 1000


@dataclass(frozen=True)
class ExportFile:
    """One document to send: its name, its bytes and the locale key of its caption."""

    filename: str
    payload: bytes
    caption_key: str


def fit_document(filename: str, payload: bytes, limit: int = DOCUMENT_LIMIT) -> tuple[str, bytes]:
    """The file as is when it fits ``limit``, else deflated into a zip archive of its own.

    Text exports shrink several times over, so a transcript far beyond the limit still fits;
    should even the archive be too big, the upload fails and the error handler reports it.
    """
    if len(payload) <= limit:
        return filename, payload
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(filename, payload)
    return f"{filename}.zip", buffer.getvalue()


def export_files(
    data: Mapping[str, Any], t: Gettext, *, limit: int = DOCUMENT_LIMIT
) -> list[ExportFile]:
    """The JSON document and the Markdown one, named after the export's local date."""
    data = readable(data, t)
    exported_at = data.get("exported_at")
    where = zone(data["profile"]["timezone"])
    day = datetime.fromisoformat(exported_at).astimezone(where) if exported_at else None
    stem = f"vp-coach-mydata-{day:%Y-%m-%d}" if day else "vp-coach-mydata"
    files = []
    for suffix, payload, caption in (
        ("json", render_json(data), "mydata-caption-json"),
        ("md", render_markdown(data, t).encode("utf-8"), "mydata-caption-md"),
    ):
        filename, packed = fit_document(f"{stem}.{suffix}", payload, limit)
        files.append(ExportFile(filename, packed, caption))
    return files
