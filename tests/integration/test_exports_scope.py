"""Who and what an export contains: a consultant's clients only, one user, data since a date."""

import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.documents.data.model import Scope
from bot.documents.data.source import iter_clients
from bot.documents.formats.json_stream import JsonExport
from bot.documents.run import FORMATS, ExportFormat, export
from tests.integration.test_exports_seed import (
    ANNA,
    BORIS,
    CONSULTANT_A,
    CONSULTANT_B,
    LONER,
    SECRET_B,
    SINCE,
    VERA,
)

Factory = async_sessionmaker[AsyncSession]


def _everything_readable(path: Path, fmt: str) -> str:
    """All text of an export file, through a reader of its format."""
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            str(value)
            for sheet in book
            for row in sheet.iter_rows(values_only=True)
            for value in row
        )
    if fmt == "csv":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


async def _json(factory: Factory, tmp_path: Path, **scope: Any) -> dict[str, Any]:
    result = await export(factory, fmt="json", out=tmp_path / "scope.json", language="ru", **scope)
    document: dict[str, Any] = json.loads(result.path.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize("fmt", FORMATS)
async def test_consultant_export_never_contains_another_consultants_clients(
    seeded: Factory, tmp_path: Path, fmt: ExportFormat
) -> None:
    out = tmp_path / f"a.{fmt}"
    result = await export(seeded, fmt=fmt, out=out, language="ru", consultant_id=CONSULTANT_A)
    assert result.clients == 2
    text = _everything_readable(result.path, fmt)
    assert "Кофейни" in text
    assert SECRET_B not in text
    assert "Одиночка" not in text


async def test_consultant_scope_lists_exactly_their_clients(
    seeded: Factory, tmp_path: Path
) -> None:
    a = await _json(seeded, tmp_path, consultant_id=CONSULTANT_A)
    assert [client["id"] for client in a["clients"]] == [ANNA, BORIS]
    assert a["scope"]["consultant_id"] == CONSULTANT_A
    b = await _json(seeded, tmp_path, consultant_id=CONSULTANT_B)
    assert [client["id"] for client in b["clients"]] == [VERA]
    everyone = await _json(seeded, tmp_path)
    assert [c["id"] for c in everyone["clients"]] == [
        *(CONSULTANT_A, CONSULTANT_B, ANNA, BORIS, VERA, LONER)
    ]


async def test_single_user_and_a_user_outside_the_consultants_clients(
    seeded: Factory, tmp_path: Path
) -> None:
    boris = await _json(seeded, tmp_path, user_ids=[BORIS])
    assert [client["id"] for client in boris["clients"]] == [BORIS]
    assert [e["text"] for e in boris["clients"][0]["transcript"]] == ["Ремонт квартир", "Ок"]
    assert boris["scope"]["user_ids"] == [BORIS]
    foreign = await _json(seeded, tmp_path, consultant_id=CONSULTANT_A, user_ids=[VERA])
    assert foreign["clients"] == []
    assert foreign["totals"]["clients"] == 0
    md = await export(
        seeded,
        fmt="md",
        out=tmp_path / "none.md",
        language="ru",
        consultant_id=CONSULTANT_A,
        user_ids=[VERA],
    )
    assert "ни один клиент" in md.path.read_text(encoding="utf-8")


async def test_since_keeps_later_events_and_the_whole_current_state(
    seeded: Factory, tmp_path: Path
) -> None:
    document = await _json(seeded, tmp_path, user_ids=[ANNA], since=SINCE)
    assert document["scope"]["since"] == "2026-03-01T00:00:00Z"
    anna = document["clients"][0]
    vp = anna["value_propositions"][0]
    assert [(r["field"], r["version"]) for r in vp["revisions"]] == [
        *(("segment", 2), ("situation", 1), ("benefit", 1), ("control", 1))
    ]
    assert vp["answers"]["problem"]["text"] is not None  # answered before `since`, still current
    assert vp["revision_count"] == 6
    assert [i["respondent"] for i in vp["interviews"]] == ["Бариста Олег", "Черновик интервью"]
    assert vp["synthesis"]["interviews"] == 2  # both finished interviews, one before `since`
    assert [c["hypothesis"] for c in anna["checkins"]] == ["Утро — главная боль"]
    assert len(anna["transcript"]) == 10
    assert all(e["at"] >= "2026-03-01" for e in anna["transcript"])
    xlsx = await export(seeded, fmt="xlsx", out=tmp_path / "s.xlsx", language="ru", since=SINCE)
    assert xlsx.rows["revisions"] == 5  # Anna's four and Boris's one; nothing from January
    assert xlsx.rows["transcript"] == 12


async def test_reading_in_small_batches_gives_the_same_clients(seeded: Factory) -> None:
    async with seeded() as session:
        small = [c async for c in iter_clients(session, Scope(), batch_size=1)]
    async with seeded() as session:
        large = [c async for c in iter_clients(session, Scope(), batch_size=100)]
    assert [(c.id, len(c.transcript)) for c in small] == [(c.id, len(c.transcript)) for c in large]
    assert small == large


async def test_progress_is_reported_per_client(seeded: Factory, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    await export(
        seeded,
        fmt="csv",
        out=tmp_path / "p.zip",
        language="en",
        consultant_id=CONSULTANT_A,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(0, 2), (1, 2), (2, 2)]


async def test_a_failed_export_leaves_the_previous_file_alone(
    seeded: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "keep.json"
    out.write_text("previous", encoding="utf-8")

    def broken(self: JsonExport, client: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(JsonExport, "write", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        await export(seeded, fmt="json", out=out, language="ru")
    assert out.read_text(encoding="utf-8") == "previous"
    assert [path.name for path in folder.glob("*")] == ["keep.json"]  # no partial file left


async def test_bad_arguments_are_refused_before_anything_is_written(
    seeded: Factory, tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    naive = datetime(2026, 3, 1)  # noqa: DTZ001 (refusing a naive time is what is tested)
    with pytest.raises(ValueError, match="timezone-aware"):
        await export(seeded, fmt="json", out=out, language="ru", since=naive)
    with pytest.raises(ValueError, match="language"):
        await export(seeded, fmt="json", out=out, language="de")
    with pytest.raises(ValueError, match="format"):
        await export(seeded, fmt="docx", out=out, language="ru")  # type: ignore[arg-type]
    assert not out.exists()
