"""CSV export: one .csv per table (zipped when there are several), made for Excel's double-click.

Excel opens a .csv with the list separator of the system's regional settings: ";" where the
decimal mark is a comma (Russian), "," in English ones; it detects UTF-8 only by a BOM. So the
files are UTF-8 with a BOM, CRLF line ends, and the separator of the export's language.

A zip member can only be written while no other one is open, so rows first stream into one
temporary file per table; ``close`` then copies each file into the archive in chunks.
"""

import csv
import shutil
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from bot.documents.data.model import Client
from bot.documents.formats.tables import FORMULA_START, Cell
from bot.documents.naming.labels import Labels, iso
from bot.documents.writer import Meta

CHUNK = 1 << 20
ENCODING = "utf-8-sig"  # writes the BOM Excel needs to detect UTF-8
SEPARATORS = {"ru": ";"}  # the list separator of a language's regional settings; else ","


def text_cell(value: Cell, labels: Labels) -> str:
    """A cell as CSV text; text a spreadsheet would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return labels.t("export-yes" if value else "export-no")
    if isinstance(value, datetime | date):
        return iso(value) or ""
    if isinstance(value, int):
        return str(value)
    return f"'{value}" if value.startswith(FORMULA_START) else value


class CsvZipExport:
    """Streams every table to its own temporary CSV file; ``close`` writes ``path``: the one
    table's file itself, or a zip of them all when there are several."""

    def __init__(self, path: Path, meta: Meta) -> None:
        self.path, self.labels, self.tables = path, meta.labels, meta.tables
        self.stamp = meta.generated_at.timetuple()[:6]  # members dated like the export
        self.folder = tempfile.TemporaryDirectory(prefix="vp-coach-export-")
        folder = Path(self.folder.name)
        self.files: dict[str, TextIO] = {
            table.name: (folder / f"{table.name}.csv").open("w", encoding=ENCODING, newline="")
            for table in self.tables
        }
        # The "excel" dialect (quotes where needed, "\r\n" line ends) with the local separator.
        delimiter = SEPARATORS.get(meta.language, ",")
        self.writers = {
            name: csv.writer(handle, dialect="excel", delimiter=delimiter)
            for name, handle in self.files.items()
        }
        for table in self.tables:
            self.writers[table.name].writerow([self.labels.column(c) for c in table.columns])

    def write(self, client: Client) -> None:
        for table in self.tables:
            writer = self.writers[table.name]
            for cells in table.rows(client, self.labels):
                writer.writerow([text_cell(value, self.labels) for value in cells])

    def _close_files(self) -> None:
        for handle in self.files.values():
            handle.close()

    def close(self) -> None:
        self._close_files()
        folder = Path(self.folder.name)
        try:
            if len(self.tables) == 1:
                shutil.copyfile(folder / f"{self.tables[0].name}.csv", self.path)
                return
            with zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for table in self.tables:
                    # Members are named in stable ASCII, whatever the export's language.
                    info = zipfile.ZipInfo(f"{table.name}.csv", date_time=self.stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o600 << 16  # personal data: owner only, once unpacked
                    with (
                        (folder / info.filename).open("rb") as data,
                        archive.open(info, "w", force_zip64=True) as member,
                    ):
                        shutil.copyfileobj(data, member, CHUNK)
        finally:
            self.folder.cleanup()

    def discard(self) -> None:
        self._close_files()
        self.folder.cleanup()
