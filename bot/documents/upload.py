"""Files sized for Telegram: kept as they are when they fit, else zipped, else split in parts.

Bots may upload files of up to 50 MB (https://core.telegram.org/bots/api#sending-files); a
megabyte is kept free for the multipart envelope and the caption. Text exports shrink several
times over when zipped, so a transcript far beyond the limit still fits as one archive.
"""

import io
import zipfile
from pathlib import Path

DOCUMENT_LIMIT = 49 * 1000 * 1000
PART_SIZE = 45 * 1024 * 1024  # a zip too big even so goes out in numbered parts of this size


def fit_document(filename: str, payload: bytes, limit: int = DOCUMENT_LIMIT) -> tuple[str, bytes]:
    """The file as is when it fits ``limit``, else deflated into a zip archive of its own
    (should even that be too big, the upload fails and the error handler reports it)."""
    if len(payload) <= limit:
        return filename, payload
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(filename, payload)
    return f"{filename}.zip", buffer.getvalue()


def fit_file(path: Path, limit: int = DOCUMENT_LIMIT) -> list[Path]:
    """The file itself if it fits; else zipped beside it; else the zip split into parts."""
    if path.stat().st_size <= limit:
        return [path]
    if path.suffix != ".zip":
        zipped = path.with_suffix(path.suffix + ".zip")
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(path, arcname=path.name)
        if zipped.stat().st_size <= limit:
            return [zipped]
        path = zipped
    parts: list[Path] = []
    with path.open("rb") as source:
        while chunk := source.read(PART_SIZE):
            part = path.with_name(f"{path.name}.{len(parts) + 1:03d}")
            part.write_bytes(chunk)
            parts.append(part)
    return parts
