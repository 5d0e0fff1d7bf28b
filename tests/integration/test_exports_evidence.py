"""Every export format keeps the customers' words apart from the founder's notes, shows each
hypothesis's status with who was for and who against, and the JSON names the script's topic."""

import csv
import io
import json
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import (
    Interview,
    InterviewNote,
    InterviewScript,
    ValueProposition,
)
from bot.documents.naming.labels import Labels
from bot.documents.run import export
from bot.i18n import I18n
from tests.integration.export_rows import finished_proposition, founder_row
from tests.markdown_read import shown

Factory = async_sessionmaker[AsyncSession]
LABELS = {lang: Labels(I18n().get(lang)) for lang in ("ru", "en")}
SEPARATOR = {"ru": ";", "en": ","}
AT = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
FOUNDER = 7401
TOPIC = "закупка зерна"
NOTES_FOR = "Говорит, что зерно кончается"
QUOTE_FOR = "В прошлую пятницу кончилась арабика"
NOTES_AGAINST = "Не считает это проблемой"
QUOTE_AGAINST = "У нас зерно не кончается никогда"
QUOTE_OUTSIDE = "Мы чай продаём, не кофе"
# (respondent, segment fit, commitment, verdict on the problem, founder's notes, customer's words)
INTERVIEWS = (
    ("Олег", "yes", "money", "confirmed", NOTES_FOR, QUOTE_FOR),
    ("Ильдар", "yes", "none", "refuted", NOTES_AGAINST, QUOTE_AGAINST),
    ("Марат", "no", "time", "confirmed", "Вне сегмента", QUOTE_OUTSIDE),
)


def _proposition(name: str) -> ValueProposition:
    return finished_proposition(FOUNDER, name, "Зерно кончается", AT)


@pytest.fixture
async def seeded(session_factory: Factory) -> Factory:
    async with session_factory() as session:
        session.add(founder_row(FOUNDER, AT))
        await session.flush()
        coffee, salons = _proposition("Кофейни"), _proposition("Салоны")
        session.add_all([coffee, salons])
        await session.flush()
        session.add(InterviewScript(value_proposition_id=coffee.id, language="ru", topic=TOPIC))
        for respondent, fit, commitment, verdict, said, quote in INTERVIEWS:
            interview = Interview(
                value_proposition_id=coffee.id,
                respondent=respondent,
                held_on=AT.date(),
                segment_fit=fit,
                commitment=commitment,
                status="done",
                created_at=AT,
                updated_at=AT,
            )
            interview.notes.append(
                InterviewNote(
                    field="problem", said=said, quote=quote, verdict=verdict, created_at=AT
                )
            )
            interview.notes.append(
                InterviewNote(field="segment", said="Да", quote="", verdict="unclear")
            )
            session.add(interview)
        await session.commit()
    return session_factory


@pytest.fixture(params=["ru", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def said_and_quote(header: Sequence[object], lang: str) -> tuple[int, int]:
    """The columns of the founder's notes and of the customer's words: side by side."""
    labels = LABELS[lang]
    said, quote = header.index(labels.column("said")), header.index(labels.column("quote"))
    assert quote == said + 1
    return said, quote


async def test_csv_has_the_customers_words_beside_the_founders_notes(
    seeded: Factory, tmp_path: Path, lang: str
) -> None:
    labels = LABELS[lang]
    result = await export(seeded, fmt="csv", out=tmp_path / "all.zip", language=lang)
    with zipfile.ZipFile(result.path) as archive:
        text = archive.read("verdicts.csv").decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=SEPARATOR[lang]))
    said, quote = said_and_quote(header, lang)
    expected = {"ru": ("Заметки основателя", "Слова клиента"), "en": ("notes", "words")}[lang]
    assert expected[0] in header[said]
    assert expected[1] in header[quote]
    problem = labels.field("problem")
    field = header.index(labels.column("field"))
    assert [(row[said], row[quote]) for row in rows if row[field] == problem] == [
        (notes, words) for *_, notes, words in INTERVIEWS
    ]
    assert {row[quote] for row in rows if row[field] != problem} == {""}  # none written down


async def test_xlsx_has_the_customers_words_in_a_wide_wrapping_column(
    seeded: Factory, tmp_path: Path, lang: str
) -> None:
    result = await export(seeded, fmt="xlsx", out=tmp_path / "all.xlsx", language=lang)
    sheet = openpyxl.load_workbook(result.path)[LABELS[lang].table("verdicts")]
    said, quote = said_and_quote([cell.value for cell in sheet[1]], lang)
    words = [row[quote].value for row in sheet.iter_rows(min_row=2)]
    assert [w for w in words if w] == [QUOTE_FOR, QUOTE_AGAINST, QUOTE_OUTSIDE]
    notes = [row[said].value for row in sheet.iter_rows(min_row=2)]
    assert NOTES_FOR in notes
    assert QUOTE_FOR not in notes
    # Adjacent columns of one width are stored as one range: find the one holding the column.
    [width] = [d.width for d in sheet.column_dimensions.values() if d.min <= quote + 1 <= d.max]
    assert width >= 60
    assert all(
        row[quote].alignment.wrap_text for row in sheet.iter_rows(min_row=2) if row[quote].value
    )


async def test_markdown_shows_quotes_apart_from_notes_and_who_was_for_and_against(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="md", out=tmp_path / "all.md", language="ru")
    view = shown(result.path.read_text(encoding="utf-8"))
    lines = view.splitlines()
    # Per interview: the verdict with the founder's notes, the customer's words on their own line.
    assert f"Проблема: подтвердил — заметки: {NOTES_FOR}" in lines
    assert f"Проблема, слова клиента: «{QUOTE_FOR}»" in lines
    assert f"Проблема: опроверг — заметки: {NOTES_AGAINST}" in lines
    # Per hypothesis: the status, then for and against apart, each in the customer's words.
    start = lines.index("Проблема — проверяется")
    section = lines[start : lines.index("Ситуация — ещё не проверялась")]
    assert section[section.index("За: 1") + 1] == f"— Олег: «{QUOTE_FOR}»"
    assert section[section.index("Против: 1") + 1] == f"— Ильдар: «{QUOTE_AGAINST}»"
    assert section[section.index("Вне сегмента, не голосуют: 1") + 1] == (
        f"— Марат: «{QUOTE_OUTSIDE}»"
    )
    assert not any(NOTES_FOR in line for line in section)  # the words, not the paraphrase


async def test_pdf_shows_quotes_apart_from_notes_and_who_was_for_and_against(
    seeded: Factory, tmp_path: Path
) -> None:
    result = await export(seeded, fmt="pdf", out=tmp_path / "all.pdf", language="en")
    text = "\n".join(page.extract_text() for page in PdfReader(result.path).pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert f"Problem: confirmed — notes: {NOTES_FOR}" in lines
    assert f"Problem, the customer's words: “{QUOTE_FOR}”" in lines
    start = lines.index("Problem — being tested")
    section = lines[start:]
    assert section[section.index("For: 1") + 1] == f"— Олег: “{QUOTE_FOR}”"
    assert section[section.index("Against: 1") + 1] == f"— Ильдар: “{QUOTE_AGAINST}”"
    assert "Outside the segment, not voting: 1" in section


async def test_json_names_the_scripts_topic(seeded: Factory, tmp_path: Path) -> None:
    result = await export(seeded, fmt="json", out=tmp_path / "all.json", language="ru")
    [client] = json.loads(result.path.read_text(encoding="utf-8"))["clients"]
    coffee, salons = client["value_propositions"]
    assert coffee["script_topic"] == TOPIC
    assert salons["script_topic"] is None  # no script yet
    problem = coffee["synthesis"]["hypotheses"]["problem"]
    assert [e["quote"] for e in problem["for"]] == [QUOTE_FOR]
    assert [e["quote"] for e in problem["against"]] == [QUOTE_AGAINST]
