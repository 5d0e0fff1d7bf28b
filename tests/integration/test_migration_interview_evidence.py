"""Migration 5b1e0c7a9d42: quotes per hypothesis beside the founder's notes; old data is kept
and an old interview reads the same in the synthesis (its notes labelled as notes)."""

from datetime import UTC, date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from bot.db.migrate import downgrade
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.model import HypothesisNote, InterviewRecord
from bot.value_prop.questions import Field
from tests.integration.migration_helpers import connected, fetch_by_id, seeded_then_upgraded

BEFORE = "5c1e7a0d93b2"
AFTER = "5b1e0c7a9d42"
AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
NOTE_COLUMNS = ("id", "interview_id", "field", "said", "verdict", "created_at")

# (id, field, said, verdict): answered, skipped, and a draft waiting for its verdict.
OLD_NOTES = [
    (1, "segment", "Да, у меня две кофейни", "confirmed"),
    (2, "problem", "Молоко списываем каждую неделю", "confirmed"),
    (3, "situation", None, None),
    (4, "benefit", "Сказал, что пригодилось бы", None),
]


async def seed(url: str) -> None:
    async with connected(url, write=True) as connection:
        await connection.execute(
            sa.text(
                "INSERT INTO users (id, first_name, language, timezone, role, created_at,"
                " last_seen_at) VALUES (7001, 'Алсу', 'ru', 'Europe/Moscow', 'founder',"
                " :at, :at)"
            ),
            {"at": AT},
        )
        await connection.execute(
            sa.text(
                "INSERT INTO value_propositions (id, user_id, name, status, created_at,"
                " updated_at) VALUES (1, 7001, 'Кофейни', 'done', :at, :at)"
            ),
            {"at": AT},
        )
        await connection.execute(
            sa.text(
                "INSERT INTO interviews (id, value_proposition_id, respondent, held_on,"
                " segment_fit, key_quote, commitment, status, created_at, updated_at)"
                " VALUES (1, 1, 'Ильдар', :held, 'yes', 'Молоко — боль', 'money', 'done',"
                " :at, :at)"
            ),
            {"at": AT, "held": date(2026, 11, 30)},
        )
        notes = sa.table("interview_notes", *(sa.column(c) for c in NOTE_COLUMNS))
        await connection.execute(
            sa.insert(notes),
            [
                dict(zip(NOTE_COLUMNS, (*row[:1], 1, *row[1:], AT), strict=True))
                for row in OLD_NOTES
            ],
        )


async def notes(url: str) -> dict[int, tuple[Any, ...]]:
    query = sa.text("SELECT id, field, said, verdict, quote FROM interview_notes")
    return await fetch_by_id(url, query)


@pytest.fixture
async def url(empty_database_url: str) -> str:
    """A database with the old rows (``seed``), migrated to the revision under test."""
    await seeded_then_upgraded(empty_database_url, BEFORE, seed, AFTER)
    return empty_database_url


async def test_old_notes_stay_notes_and_answered_ones_get_an_empty_quote(url: str) -> None:
    rows = await notes(url)
    assert rows == {
        1: ("segment", "Да, у меня две кофейни", "confirmed", ""),
        2: ("problem", "Молоко списываем каждую неделю", "confirmed", ""),
        3: ("situation", None, None, None),
        4: ("benefit", "Сказал, что пригодилось бы", None, ""),
    }
    # Read as the bot does: no quote, the text as the founder's notes, commitment and fit kept.
    findings = {
        Field(field): HypothesisNote(said=said, verdict=verdict, quote=quote or None)
        for field, said, verdict, quote in rows.values()
    }
    record = InterviewRecord("Ильдар", "yes", findings, "money")
    problem = synthesize({}, [record]).fields[1]
    assert problem.quotes == []
    assert problem.support[0].notes == "Молоко списываем каждую неделю"
    assert problem.support[0].commitment == "money"
    assert problem.weak == 1


async def test_downgrade_drops_only_the_quotes(url: str) -> None:
    await downgrade(url, BEFORE)

    async with connected(url) as connection:
        said = await connection.scalars(sa.text("SELECT said FROM interview_notes"))
        assert sorted(s or "" for s in said) == sorted(r[2] or "" for r in OLD_NOTES)
        key_quote = await connection.scalar(sa.text("SELECT key_quote FROM interviews"))
        assert key_quote == "Молоко — боль"
