"""XLSX and CSV exports read back: sheets, headers, rows, exact texts, neutralised formulas."""

import codecs
import csv
import io
import re
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.documents.formats.tables import TABLES
from bot.documents.naming.labels import CHOICES, Labels
from bot.documents.run import export
from bot.i18n import I18n
from tests.integration.test_exports_seed import (
    ANNA,
    ANNA_SHOWN,
    BORIS,
    CALLBACK_DATA,
    CODES,
    EMOJI_TEXT,
    FORMULA,
    HTML_TEXT,
    JAN,
    MULTILINE,
)

Factory = async_sessionmaker[AsyncSession]
RU = Labels(I18n().get("ru"))
ANNA_TEXTS = ANNA_SHOWN


def _records(sheet: Worksheet) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    return [dict(zip(header, (cell.value for cell in row), strict=True)) for row in rows[1:]]


async def test_xlsx_has_every_table_with_localised_headers_and_counted_rows(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="xlsx", out=tmp_path / "all.xlsx", language="ru")
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == [RU.table(table.name) for table in TABLES]
    assert book.sheetnames[2] == "История ответов"
    for table in TABLES:
        sheet = book[RU.table(table.name)]
        assert [cell.value for cell in sheet[1]] == [RU.column(c) for c in table.columns]
        assert sheet.max_row - 1 == result.rows[table.name], table.name
    assert result.clients == 6
    assert result.bytes == result.path.stat().st_size


async def test_xlsx_keeps_the_revision_history_and_the_transcript_exactly(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="xlsx", out=tmp_path / "all.xlsx", language="ru")
    book = openpyxl.load_workbook(result.path)
    revisions = [r for r in _records(book["История ответов"]) if r["ID клиента"] == ANNA]
    segment = [(r["Версия"], r["Текст"]) for r in revisions if r["Поле"] == "Сегмент"]
    assert segment == [(1, "Кофейни"), (2, EMOJI_TEXT)]
    kept = [r["Оставлено вопреки замечанию"] for r in revisions if r["Поле"] == "Сегмент"]
    assert kept == [None, "segment_too_broad"]
    situation = next(r for r in revisions if r["Поле"] == "Ситуация")
    assert situation["Пропущено"] is True
    assert situation["Текст"] is None
    vp = next(r for r in _records(book["Ценностные предложения"]) if r["ID клиента"] == ANNA)
    assert (vp["Сегмент"], vp["Проблема"], vp["Ситуация"]) == (EMOJI_TEXT, HTML_TEXT, None)
    assert (vp["Контроль"], vp["Пропущенные ответы"], vp["Статус ЦП"]) == (
        MULTILINE,
        "Ситуация",
        "готово",
    )
    transcript = [r for r in _records(book["Переписка"]) if r["ID клиента"] == ANNA]
    assert [r["Текст"] for r in transcript] == ANNA_TEXTS
    first = transcript[0]
    assert first["Время (UTC)"] == JAN.replace(tzinfo=None)
    assert first["Время клиента"] == JAN.replace(tzinfo=None) + timedelta(hours=3)
    assert (first["Часовой пояс"], first["Кто"], first["Тип"]) == (
        "Europe/Moscow",
        "Клиент",
        "команда",
    )
    verdicts = [r for r in _records(book["Вердикты"]) if r["ID клиента"] == ANNA]
    assert [r["Вердикт"] for r in verdicts[:3]] == ["подтвердил", "опроверг", None]


async def test_xlsx_stores_formula_like_text_as_quoted_text(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="xlsx", out=tmp_path / "all.xlsx", language="ru")
    book = openpyxl.load_workbook(result.path)
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    formulas = [cell for cell in cells if cell.value == FORMULA]
    assert len(formulas) == 4  # the answer (VP row and revision), a check-in, the transcript
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in formulas)
    assert not any(cell.quotePrefix for cell in cells if cell.value == HTML_TEXT)


async def test_csv_zip_has_a_bom_crlf_file_per_table_with_neutralised_formulas(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="csv", out=tmp_path / "all.zip", language="ru")
    tables: dict[str, list[list[str]]] = {}
    with zipfile.ZipFile(result.path) as archive:
        assert archive.namelist() == [f"{table.name}.csv" for table in TABLES]
        for table in TABLES:
            raw = archive.read(f"{table.name}.csv")
            assert raw.startswith(codecs.BOM_UTF8)
            text = raw.decode("utf-8-sig")
            assert text.endswith("\r\n")
            assert "\n" not in re.sub(r'"[^"]*"', "", text).replace("\r\n", "")
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
            assert rows[0] == [RU.column(c) for c in table.columns]
            assert len(rows) - 1 == result.rows[table.name], table.name
            tables[table.name] = rows
    transcript = [row for row in tables["transcript"][1:] if row[1] == str(ANNA)]
    expected = [f"'{t}" if t == FORMULA else t or "" for t in ANNA_TEXTS]
    assert [row[-1] for row in transcript] == expected
    assert transcript[0][2:5] == [
        "2026-01-10T09:30:00Z",
        "2026-01-10T12:30:00+03:00",
        "Europe/Moscow",
    ]
    revisions = [row for row in tables["revisions"][1:] if row[2] == str(ANNA)]
    assert [row[3:7] for row in revisions if row[3] == "Сегмент"] == [
        ["Сегмент", "1", "Кофейни", "нет"],
        ["Сегмент", "2", EMOJI_TEXT, "нет"],
    ]
    assert ["Ситуация", "1", "", "да"] in [row[3:7] for row in revisions]


async def test_english_export_uses_english_names(seeded: Factory, tmp_path: Path) -> None:
    xlsx = await export(seeded, fmt="xlsx", out=tmp_path / "en.xlsx", language="en")
    book = openpyxl.load_workbook(xlsx.path)
    assert book.sheetnames[:3] == ["Clients", "Value propositions", "Answer history"]
    assert book["Transcript"]["C1"].value == "Time (UTC)"
    md = await export(seeded, fmt="md", out=tmp_path / "en.md", language="en", user_ids=[BORIS])
    text = md.path.read_text(encoding="utf-8")
    assert "## Client 1002" in text
    assert "**Problem**  \n*not answered*" in text


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_table_column_and_stored_code_has_a_name(language: str) -> None:
    """Names built from codes at run time (the locale test only sees literal keys)."""
    t = I18n().get(language)
    keys = {f"export-table-{table.name.replace('_', '-')}" for table in TABLES}
    keys |= {f"export-{group}-{code}" for group, codes in CHOICES.items() for code in codes}
    labels = Labels(t)
    assert all(labels.column(c) for table in TABLES for c in table.columns)
    assert sorted(key for key in keys if not t.has(key)) == []
    assert all(len(labels.table(table.name)) <= 31 for table in TABLES)  # Excel's sheet names


async def test_a_table_longer_than_a_sheet_continues_on_the_next_one(
    seeded: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.documents.formats.xlsx.MAX_ROWS", 5)  # Excel's is 1,048,576
    result = await export(seeded, fmt="xlsx", out=tmp_path / "long.xlsx", language="ru")
    book = openpyxl.load_workbook(result.path)
    parts = [name for name in book.sheetnames if name.startswith("Переписка")]
    assert parts == ["Переписка", "Переписка (2)", "Переписка (3)", "Переписка (4)"]
    texts = [r["Текст"] for name in parts for r in _records(book[name]) if r["ID клиента"] == ANNA]
    assert texts == ANNA_TEXTS
    assert sum(book[name].max_row - 1 for name in parts) == result.rows["transcript"]


async def test_csv_uses_the_separator_excel_expects_for_the_language(
    seeded: Factory, tmp_path: Path
) -> None:
    """Excel splits a double-clicked .csv by the regional list separator: ";" in Russia."""
    for language, separator in (("ru", ";"), ("en", ",")):
        result = await export(
            seeded, fmt="csv", out=tmp_path / f"{language}.zip", language=language
        )
        with zipfile.ZipFile(result.path) as archive:
            header = archive.read("clients.csv").split(b"\r\n")[0].decode("utf-8-sig")
        columns = [Labels(I18n().get(language)).column(c) for c in TABLES[0].columns]
        assert header == separator.join(columns)


async def test_one_table_is_one_csv_file_and_several_a_zip(
    seeded: Factory, tmp_path: Path
) -> None:
    one = await export(
        seeded, fmt="csv", out=tmp_path / "t.zip", language="ru", tables=["transcript"]
    )
    assert one.path.name == "t.csv"
    raw = one.path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert not zipfile.is_zipfile(one.path)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][-1] == "Текст"
    assert len(rows) - 1 == one.rows["transcript"]
    several = await export(
        seeded, fmt="csv", out=tmp_path / "t.csv", language="ru", tables=["clients", "transcript"]
    )
    assert several.path.name == "t.zip"
    with zipfile.ZipFile(several.path) as archive:
        assert archive.namelist() == ["clients.csv", "transcript.csv"]
    with pytest.raises(ValueError, match="unknown tables"):
        await export(seeded, fmt="csv", out=tmp_path / "x.csv", language="ru", tables=["nope"])


async def test_xlsx_long_text_columns_wrap_in_wide_columns(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="xlsx", out=tmp_path / "w.xlsx", language="ru")
    book = openpyxl.load_workbook(result.path)
    sheet = book["Переписка"]
    header = [cell.value for cell in sheet[1]]
    text = header.index("Текст") + 1
    letter = sheet.cell(1, text).column_letter
    assert sheet.column_dimensions[letter].width >= 60
    cells = [row[text - 1] for row in sheet.iter_rows(min_row=2)]
    multiline = next(cell for cell in cells if cell.value == MULTILINE)
    assert multiline.alignment.wrap_text
    assert multiline.alignment.vertical == "top"
    formula = next(cell for cell in cells if cell.value == FORMULA)
    assert formula.alignment.wrap_text
    assert formula.quotePrefix
    vp = book["Ценностные предложения"]
    segment = [cell.value for cell in vp[1]].index("Сегмент")
    assert all(row[segment].alignment.wrap_text for row in vp.iter_rows(min_row=2))
    ids = [cell.value for cell in sheet[1]].index("ID записи")
    assert not sheet.cell(2, ids + 1).alignment.wrap_text  # numbers and codes stay on a line


async def test_spreadsheets_hold_no_markup_callback_data_or_codes(
    seeded: Factory, tmp_path: Path
) -> None:
    xlsx = await export(seeded, fmt="xlsx", out=tmp_path / "all.xlsx", language="ru")
    book = openpyxl.load_workbook(xlsx.path, read_only=True)
    cells = [
        str(value)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    book.close()
    zipped = await export(seeded, fmt="csv", out=tmp_path / "all.zip", language="ru")
    with zipfile.ZipFile(zipped.path) as archive:
        csv_text = "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    for text in ("\n".join(cells), csv_text):
        assert "<b>Вопрос" not in text
        assert not CALLBACK_DATA.search(text)
        assert not [code for code in (*CODES, "callback_answer", "command") if code in text]
        assert "Ценностное предложение" in text
        assert "нажата кнопка" in text
        assert "всплывающая подсказка" in text
