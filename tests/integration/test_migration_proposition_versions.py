"""Migration d4182098e0d5: every existing proposition becomes v1 and keeps its data."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from bot.db.migrate import downgrade
from tests.integration.migration_helpers import connected, execute, fetch, seeded_then_upgraded

BEFORE = "5b1e0c7a9d42"
VERSIONS = "d4182098e0d5"
AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

users = sa.table(
    "users",
    *(sa.column(name) for name in ("id", "first_name", "language", "timezone", "role")),
    *(sa.column(name) for name in ("created_at", "last_seen_at")),
)
vps = sa.table(
    "value_propositions",
    *(sa.column(name) for name in ("id", "user_id", "name", "status", "created_at")),
    *(sa.column(name) for name in ("updated_at", "completed_at", "interview_goal")),
)
revisions = sa.table(
    "answer_revisions",
    *(sa.column(name) for name in ("id", "value_proposition_id", "field", "text", "skipped")),
    sa.column("created_at"),
)
interviews = sa.table(
    "interviews",
    *(sa.column(name) for name in ("id", "value_proposition_id", "respondent", "status")),
    *(sa.column(name) for name in ("created_at", "updated_at")),
)


async def seed(url: str) -> None:
    async with connected(url, write=True) as connection:
        await connection.execute(
            sa.insert(users),
            [
                {
                    "id": 7001,
                    "first_name": "Анна",
                    "language": "ru",
                    "timezone": "Europe/Moscow",
                    "role": "founder",
                    "created_at": AT,
                    "last_seen_at": AT,
                }
            ],
        )
        await connection.execute(
            sa.insert(vps),
            [
                {
                    "id": vp_id,
                    "user_id": 7001,
                    "name": name,
                    "status": status,
                    "created_at": AT,
                    "updated_at": AT,
                    "completed_at": AT if status == "done" else None,
                    "interview_goal": 10,
                }
                for vp_id, name, status in (
                    (1, "Кофейни", "done"),
                    (2, "Салоны", "abandoned"),
                    (3, "Фермы", "draft"),
                )
            ],
        )
        await connection.execute(
            sa.insert(revisions),
            [
                {
                    "id": 1,
                    "value_proposition_id": 1,
                    "field": "segment",
                    "text": "Владельцы кофеен",
                    "skipped": False,
                    "created_at": AT,
                }
            ],
        )
        await connection.execute(
            sa.insert(interviews),
            [
                {
                    "id": 1,
                    "value_proposition_id": 1,
                    "respondent": "Олег",
                    "status": "done",
                    "created_at": AT,
                    "updated_at": AT,
                }
            ],
        )


@pytest.fixture
async def url(empty_database_url: str) -> str:
    """A database with the old rows (``seed``), migrated to the revision under test."""
    await seeded_then_upgraded(empty_database_url, BEFORE, seed, VERSIONS)
    return empty_database_url


async def test_existing_propositions_become_v1_and_keep_answers_and_interviews(url: str) -> None:
    table = sa.table(
        "value_propositions", *(sa.column(c) for c in ("id", "name", "status", "version"))
    )
    versions = await fetch(
        url,
        sa.select(
            table.c.id, table.c.name, table.c.status, table.c.version, sa.column("parent_id")
        )
        .select_from(table)
        .order_by(table.c.id),
    )
    assert versions == [
        (1, "Кофейни", "done", 1, None),
        (2, "Салоны", "abandoned", 1, None),
        (3, "Фермы", "draft", 1, None),
    ]
    kept = await fetch(url, sa.select(revisions.c.value_proposition_id, revisions.c.text))
    assert kept == [(1, "Владельцы кофеен")]
    logged = await fetch(
        url, sa.select(interviews.c.value_proposition_id, interviews.c.respondent)
    )
    assert logged == [(1, "Олег")]


async def test_a_later_version_points_at_its_parent_and_downgrade_keeps_rows(url: str) -> None:
    later_version = sa.text(
        "INSERT INTO value_propositions (id, user_id, name, status, created_at, updated_at,"
        " interview_goal, version, parent_id)"
        " VALUES (4, 7001, 'Кофейни', 'draft', :at, :at, 10, 2, 1)"
    )
    await execute(url, later_version, {"at": AT})

    await downgrade(url, BEFORE)

    names = await fetch(url, sa.select(vps.c.id, vps.c.name).order_by(vps.c.id))
    assert names == [(1, "Кофейни"), (2, "Салоны"), (3, "Фермы"), (4, "Кофейни")]
