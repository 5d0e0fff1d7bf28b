"""Every export format carries a proposition's versions: v1 with its interview, v2 revising it."""

import csv
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import AnswerRevision, Interview, InterviewNote, User, ValueProposition
from bot.documents.naming.labels import Labels
from bot.documents.run import export
from bot.i18n import I18n

Factory = async_sessionmaker[AsyncSession]
RU = Labels(I18n().get("ru"))
AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
FOUNDER = 7301


def _version(number: int, parent: ValueProposition | None, problem: str) -> ValueProposition:
    vp = ValueProposition(
        user_id=FOUNDER,
        name="Кофейни",
        status="done",
        created_at=AT,
        updated_at=AT,
        completed_at=AT,
        version=number,
        parent_id=parent.id if parent else None,
    )
    for field, text in (("segment", "Владельцы кофеен"), ("problem", problem)):
        vp.revisions.append(AnswerRevision(field=field, text=text, skipped=False, created_at=AT))
    return vp


@pytest.fixture
async def seeded(session_factory: Factory) -> Factory:
    async with session_factory() as session:
        session.add(
            User(
                id=FOUNDER,
                first_name="Анна",
                language="ru",
                timezone="Europe/Moscow",
                consent_version=1,
                consent_at=AT,
                created_at=AT,
                last_seen_at=AT,
            )
        )
        await session.flush()
        first = _version(1, None, "Зерно кончается")
        session.add(first)
        await session.flush()
        interview = Interview(
            value_proposition_id=first.id,
            respondent="Олег",
            segment_fit="yes",
            commitment="money",
            status="done",
            created_at=AT,
            updated_at=AT,
        )
        interview.notes.append(
            InterviewNote(field="problem", said="Не кончается", verdict="refuted", created_at=AT)
        )
        session.add(interview)
        session.add(_version(2, first, "Поставщик опаздывает"))
        await session.commit()
    return session_factory


async def test_json_links_v2_to_v1_and_keeps_the_interview_with_v1(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="json", out=tmp_path / "all.json", language="ru")
    [client] = json.loads(result.path.read_text(encoding="utf-8"))["clients"]
    v1, v2 = client["value_propositions"]
    assert (v1["version"], v1["parent_id"], v2["version"], v2["parent_id"]) == (
        1,
        None,
        2,
        v1["id"],
    )
    assert [len(v1["interviews"]), len(v2["interviews"])] == [1, 0]
    assert v1["synthesis"]["hypotheses"]["problem"]["status"] == "testing"
    assert v2["synthesis"]["hypotheses"]["problem"]["status"] == "untested"


async def test_tables_have_the_version_and_the_previous_version(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="csv", out=tmp_path / "all.zip", language="ru")
    with zipfile.ZipFile(result.path) as archive:
        text = archive.read("value_propositions.csv").decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))  # ru
    version, parent = (
        header.index(RU.column("vp_version")),
        header.index(RU.column("parent_vp_id")),
    )
    assert [(row[version], row[parent]) for row in rows] == [("1", ""), ("2", rows[0][0])]
    problem = header.index(RU.column("problem_status"))
    assert [row[problem] for row in rows] == ["проверяется", ""]  # v2 has no interviews yet

    result = await export(seeded, fmt="xlsx", out=tmp_path / "all.xlsx", language="ru")
    sheet = openpyxl.load_workbook(result.path)[RU.table("value_propositions")]
    records = list(sheet.iter_rows(values_only=True))
    column = records[0].index(RU.column("vp_version"))
    assert [record[column] for record in records[1:]] == [1, 2]


async def test_reports_name_the_version(seeded: Factory, tmp_path: Path) -> None:
    result = await export(seeded, fmt="md", out=tmp_path / "all.md", language="ru")
    markdown = result.path.read_text(encoding="utf-8")
    assert markdown.count("Версия: v2") == 1
    assert markdown.index("Зерно кончается") < markdown.index("Версия: v2")
    assert markdown.index("Версия: v2") < markdown.index("Поставщик опаздывает")

    result = await export(seeded, fmt="pdf", out=tmp_path / "all.pdf", language="en")
    text = "".join(page.extract_text() for page in PdfReader(result.path).pages)
    assert "Version: v2" in text
