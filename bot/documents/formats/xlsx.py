"""XLSX export: a sheet per table, written row by row by xlsxwriter in constant-memory mode."""

from datetime import UTC, date, datetime
from pathlib import Path

# xlsxwriter ships without a py.typed marker.
from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from bot.documents.data.model import Client
from bot.documents.formats.tables import FORMULA_START, Cell, Table
from bot.documents.writer import Meta

MAX_ROWS = 1_048_576  # Excel's limit per sheet; a longer table continues on another sheet
SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", "_"))
WIDE = frozenset(
    {"text", "said", "quote", "key_quote", "next_step", "hypothesis", "action", "data", "insight"}
    | {"vp_name", "segment", "problem", "situation", "benefit", "control", "skipped_fields"}
    | {"to_sharpen_fields"}
)
TIMES = frozenset({"consent_at", "shared_at", "created_at", "last_seen_at", "blocked_at"})
NAMES = frozenset({"dialogue", "step", "kind", "kept_finding", "respondent", "first_name"})
WIDTHS = {"text": 80, "said": 60, "quote": 60}  # characters; the transcript's text is the longest


class _Sheet:
    """One table's rows; starts a continuation sheet when Excel's row limit is reached."""

    def __init__(self, book: "XlsxExport", table: Table) -> None:
        self.book, self.table = book, table
        self.title = book.meta.labels.table(table.name).translate(_SHEET_NAME_FORBIDDEN)
        self.parts = 0
        self.wide = frozenset(i for i, name in enumerate(table.columns) if name in WIDE)
        self.sheet = self._open()

    def _open(self) -> Worksheet:
        self.parts += 1
        suffix = f" ({self.parts})" if self.parts > 1 else ""
        sheet = self.book.workbook.add_worksheet(
            self.title[: SHEET_NAME_MAX - len(suffix)] + suffix
        )
        labels, formats = self.book.meta.labels, self.book.formats
        for col, name in enumerate(self.table.columns):
            timed = name in TIMES or name.startswith("at_")
            if name in WIDE:  # long text wraps within a wide column, read from the top
                sheet.set_column(col, col, WIDTHS.get(name, 48), formats["wrap"])
            else:
                sheet.set_column(col, col, 20 if timed or name in NAMES else 14)
            sheet.write_string(0, col, labels.column(name), formats["header"])
        sheet.freeze_panes(1, 0)
        self.row = 0
        return sheet

    def append(self, cells: tuple[Cell, ...]) -> None:
        if self.row + 1 >= MAX_ROWS:
            self.finish()
            self.sheet = self._open()
        self.row += 1
        for col, value in enumerate(cells):
            self.book.write_cell(self.sheet, self.row, col, value, wrap=col in self.wide)

    def finish(self) -> None:
        self.sheet.autofilter(0, 0, self.row, len(self.table.columns) - 1)


class XlsxExport:
    """The workbook being written; every sheet streams to its own temporary file."""

    def __init__(self, path: Path, meta: Meta) -> None:
        self.meta = meta
        # Sheets stream to files in the system's temporary folder (TMPDIR) until close().
        self.workbook = Workbook(str(path), {"constant_memory": True})
        self.workbook.set_properties(
            {"title": meta.labels.t("export-title"), "subject": meta.scope_line()}
        )
        add = self.workbook.add_format
        self.formats: dict[str, Format] = {
            "header": add({"bold": True, "bg_color": "#E8ECF4", "bottom": 1}),
            "utc": add({"num_format": 'yyyy-mm-dd"T"hh:mm:ss"Z"'}),
            "local": add({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            "date": add({"num_format": "yyyy-mm-dd"}),
            "integer": add({"num_format": "0"}),
            # Shown as typed, kept as text even when the cell is edited (Excel's leading ').
            "quoted": add({"quote_prefix": True}),
            "wrap": add({"text_wrap": True, "valign": "top"}),
            "quoted-wrap": add({"quote_prefix": True, "text_wrap": True, "valign": "top"}),
        }
        self.sheets = [_Sheet(self, table) for table in meta.tables]

    def write_cell(
        self, sheet: Worksheet, row: int, col: int, value: Cell, *, wrap: bool = False
    ) -> None:
        formats = self.formats
        if value is None:
            return
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, int):
            sheet.write_number(row, col, value, formats["integer"])
        elif isinstance(value, datetime):
            fmt = formats["utc" if value.tzinfo is UTC else "local"]
            sheet.write_datetime(row, col, value.replace(tzinfo=None), fmt)
        elif isinstance(value, date):
            sheet.write_datetime(row, col, value, formats["date"])
        elif value.startswith(FORMULA_START):
            sheet.write_string(row, col, value, formats["quoted-wrap" if wrap else "quoted"])
        elif wrap:
            sheet.write_string(row, col, value, formats["wrap"])
        else:
            sheet.write_string(row, col, value)

    def write(self, client: Client) -> None:
        for sheet in self.sheets:
            for cells in sheet.table.rows(client, self.meta.labels):
                sheet.append(cells)

    def close(self) -> None:
        for sheet in self.sheets:
            sheet.finish()
        self.workbook.close()

    def discard(self) -> None:
        # Workbook.close() is what removes the sheets' temporary files; writing the
        # half-done file is cheap and the caller deletes it.
        self.workbook.close()
