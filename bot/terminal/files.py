"""Files the bot sends (photos, documents) are written to a folder instead of uploaded."""

import asyncio
import io
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aiogram.types import InputFile, URLInputFile
from PIL import Image, UnidentifiedImageError

if TYPE_CHECKING:
    from aiogram import Bot

DEFAULT_OUTPUT_DIR = Path("data") / "chat-output"
# File ids handed out for saved files: the prefix and the file's name in the output folder.
ID_PREFIX = "terminal:"
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class SavedFile:
    """One file of an outgoing message: saved locally, or only referenced (URL, unknown id)."""

    file_id: str
    path: Path | None
    name: str
    kind: str = "document"
    size: int = 0
    width: int = 0
    height: int = 0
    reference: str = ""

    @property
    def mime_type(self) -> str | None:
        return mimetypes.guess_type(self.name)[0]


def _image_size(data: bytes) -> tuple[int, int]:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except (UnidentifiedImageError, OSError):
        return 0, 0


def _safe_name(filename: str | None, kind: str) -> tuple[str, str]:
    """(stem, suffix) for a saved file; the suffix defaults by kind."""
    path = Path(_UNSAFE.sub("_", Path(filename or "").name))
    stem = path.stem.strip("._") or kind
    suffix = path.suffix or (".png" if kind == "photo" else ".bin")
    return stem, suffix


class FileSaver:
    """Writes uploads to ``directory`` as ``<name>-<n><suffix>`` and remembers their file ids."""

    def __init__(self, directory: Path = DEFAULT_OUTPUT_DIR) -> None:
        self.directory = directory
        self._counter = 0
        self._by_id: dict[str, SavedFile] = {}

    async def save(self, bot: "Bot", media: InputFile | str, kind: str) -> SavedFile:
        """Save an upload, or resolve a file id / URL given as a string."""
        if isinstance(media, str):
            return self._resolve(media, kind)
        if isinstance(media, URLInputFile):
            return SavedFile(media.url, None, media.filename or kind, kind, reference=media.url)
        data = b"".join([chunk async for chunk in media.read(bot)])
        stem, suffix = _safe_name(media.filename, kind)
        path = await asyncio.to_thread(self._write, stem, suffix, data)
        width, height = _image_size(data) if kind == "photo" else (0, 0)
        saved = SavedFile(
            f"{ID_PREFIX}{path.name}", path, f"{stem}{suffix}", kind, len(data), width, height
        )
        self._by_id[saved.file_id] = saved
        return saved

    def _resolve(self, file_id: str, kind: str) -> SavedFile:
        """A file sent earlier (this run or, by its file name, an earlier one), or a reference."""
        if known := self._by_id.get(file_id):
            return known
        name = file_id.removeprefix(ID_PREFIX)
        if file_id.startswith(ID_PREFIX) and name == Path(name).name:
            path = self.directory / name
            if path.is_file():
                return SavedFile(file_id, path, name, kind, size=path.stat().st_size)
        return SavedFile(file_id, None, kind, kind, reference=file_id)

    def _write(self, stem: str, suffix: str, data: bytes) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            self._counter += 1
            path = self.directory / f"{stem}-{self._counter}{suffix}"
            try:
                with path.open("xb") as file:
                    file.write(data)
            except FileExistsError:
                continue
            return path
