"""Files the fake server knows: uploads by the bot, media sent by simulated users."""

import mimetypes
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request."""

    field_name: str
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class StoredFile:
    """A file with a file_id, downloadable through getFile + /file/bot<token>/<path>."""

    file_id: str
    file_unique_id: str
    kind: str  # photo, document, voice, sticker, ...
    data: bytes
    filename: str | None
    mime_type: str | None
    file_path: str

    @property
    def size(self) -> int:
        return len(self.data)

    def file_json(self) -> dict[str, object]:
        """The File object getFile returns."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "file_path": self.file_path,
        }


_DEFAULT_EXTENSIONS = {"photo": ".jpg", "voice": ".oga", "sticker": ".webp"}


class FileStore:
    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._counter = 0

    def add(
        self,
        data: bytes,
        kind: str,
        *,
        filename: str | None = None,
        mime_type: str | None = None,
        file_id: str | None = None,
    ) -> StoredFile:
        self._counter += 1
        number = self._counter
        suffix = PurePosixPath(filename).suffix if filename else ""
        suffix = suffix or _DEFAULT_EXTENSIONS.get(kind, "")
        if mime_type is None and filename:
            mime_type = mimetypes.guess_type(filename)[0]
        stored = StoredFile(
            file_id=file_id or f"fake-{kind}-{number:05d}",
            file_unique_id=f"fakeuniq{number:05d}",
            kind=kind,
            data=data,
            filename=filename,
            mime_type=mime_type,
            file_path=f"{kind}s/file_{number}{suffix}",
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        return self._by_path.get(file_path)


def loggable_params(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters with uploads summarised instead of their bytes."""
    return {
        key: f"<upload {value.filename!r}, {len(value.data)} bytes>"
        if isinstance(value, UploadedFile)
        else value
        for key, value in params.items()
    }
