"""Migration 7145261e7b7e: old transcript lines move to the chat they went to; presses split.

The rows below are what the bot stored before the fix for a founder who linked to a consultant,
finished a value proposition and booked a session, and a consultant who replied.
"""

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from bot.db.migrate import downgrade
from tests.integration.migration_helpers import connected, fetch_by_id, seeded_then_upgraded

BEFORE = "13ba04f91636"
FIX = "7145261e7b7e"
ANNA, KATE, BORIS, GLEB = 5001, 9100, 5003, 5004
AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

users = sa.table(
    "users",
    *(sa.column(name) for name in ("id", "first_name", "language", "timezone", "role")),
    *(sa.column(name) for name in ("created_at", "last_seen_at")),
    sa.column("consent_version"),
    sa.column("consultant_id"),
)
invites = sa.table(
    "invites",
    *(sa.column(name) for name in ("id", "code", "kind", "created_by", "created_at")),
    *(sa.column(name) for name in ("expires_at", "max_uses", "uses")),
)
transcript = sa.table(
    "transcript",
    *(sa.column(name) for name in ("id", "user_id", "at", "direction", "kind", "text")),
    *(sa.column(name) for name in ("dialogue", "step", "update_id")),
)

# (id, filed under, direction, kind, text, update id); the comment says where it belongs.
OLD_LINES = [
    (1, ANNA, "in", "callback", "🤝 Согласен делиться [lk1:accept:2]", 10),
    (2, ANNA, "out", "text", "Готово: трекер будет видеть ваши ответы.", 10),
    (3, ANNA, "out", "text", "🤝 Анна (@anna) подключился к вам как клиент.", 10),  # Kate
    (4, ANNA, "in", "callback", "✅ Всё верно [v1:confirm:1:]", 11),
    (5, ANNA, "out", "text", "Готово! ЦП «Кофейни» сохранено.", 11),
    (6, ANNA, "out", "photo", "Карточка ЦП «Кофейни»", 11),
    (7, ANNA, "out", "text", "✅ Анна (@anna) завершил ЦП «Кофейни». Посмотреть — /clients.", 11),
    (8, ANNA, "out", "callback_answer", "ЦП готово", 11),
    (9, ANNA, "in", "callback", "📅 Записаться на разбор [sr1:1]", 12),
    (
        10,
        ANNA,
        "out",
        "text",
        "📅 <b>Анна</b> (@anna) просит разбор ЦП «Кофейни». Карточка ниже.",
        12,
    ),
    (11, ANNA, "out", "text", "<b>Кофейни</b>\nСегмент: владельцы кофеен", 12),  # Kate
    (12, ANNA, "out", "photo", "Карточка ЦП клиента Анна (@anna)", 12),  # Kate
    (13, ANNA, "out", "text", "Запрос отправлен трекеру — он ответит здесь, в боте.", 12),
    (14, ANNA, "out", "text", "Вы остановились на вопросе 2 из 5.", None),  # a reminder
    (15, ANNA, "in", "callback", "[m1:menu]", 17),  # the label was not found
    (20, KATE, "in", "callback", "✉️ Написать клиенту [cs1:reply:5001:]", 13),
    (21, KATE, "out", "text", "Напишите сообщение для Анна (@anna)", 13),
    (22, KATE, "in", "text", "Давайте созвонимся", 14),
    (23, KATE, "out", "text", "💬 <b>Сообщение от трекера Катя:</b>\nДавайте созвонимся", 14),
    (24, KATE, "out", "text", "Отправлено.", 14),
    (25, KATE, "in", "callback", "✉️ Написать клиенту [cs1:reply:5004:]", 15),
    (26, KATE, "in", "text", "Привет", 16),
    (27, KATE, "out", "text", "💬 <b>Message from your consultant Kate:</b>\nПривет", 16),  # Gleb
    (30, BORIS, "out", "text", "✅ Борис завершил ЦП «X». Посмотреть — /clients.", 20),  # ?
]


def person(user_id: int, consent: int | None, consultant: int | None = None) -> dict[str, Any]:
    return {
        "id": user_id,
        "first_name": str(user_id),
        "language": "ru",
        "timezone": "Europe/Moscow",
        "role": "founder",
        "created_at": AT,
        "last_seen_at": AT,
        "consent_version": consent,
        "consultant_id": consultant,
    }


async def seed(url: str) -> None:
    async with connected(url, write=True) as connection:
        await connection.execute(
            sa.insert(users),
            [person(KATE, 1), person(ANNA, 1, KATE), person(BORIS, 1), person(GLEB, None)],
        )
        await connection.execute(
            sa.insert(invites),
            [
                {
                    "id": 2,
                    "code": "c0de",
                    "kind": "client",
                    "created_by": KATE,
                    "created_at": AT,
                    "expires_at": AT,
                    "max_uses": 1,
                    "uses": 1,
                }
            ],
        )
        await connection.execute(
            sa.insert(transcript),
            [
                {
                    "id": row_id,
                    "user_id": owner,
                    "at": AT,
                    "direction": direction,
                    "kind": kind,
                    "text": text,
                    "dialogue": "value_prop",
                    "step": "review",
                    "update_id": update_id,
                }
                for row_id, owner, direction, kind, text, update_id in OLD_LINES
            ],
        )


async def read(url: str, *columns: str) -> dict[int, tuple[Any, ...]]:
    wanted: list[sa.ColumnClause[Any]] = [sa.column(name) for name in ("id", *columns)]
    return await fetch_by_id(url, sa.select(*wanted).select_from(sa.table("transcript")))


@pytest.fixture
async def url(empty_database_url: str) -> str:
    """A database with the old rows (``seed``), migrated to the revision under test."""
    await seeded_then_upgraded(empty_database_url, BEFORE, seed, FIX)
    return empty_database_url


async def test_old_lines_move_to_their_recipients_and_presses_keep_only_labels(url: str) -> None:
    owners = {row_id: owner for row_id, (owner,) in (await read(url, "user_id")).items()}
    assert sorted(k for k, owner in owners.items() if owner == ANNA) == [
        *(1, 2, 4, 5, 6, 8, 9, 13, 14, 15, 23),
    ]
    assert sorted(k for k, owner in owners.items() if owner == KATE) == [
        *(3, 7, 10, 11, 12, 20, 21, 22, 24, 25, 26),
    ]
    # Gleb never accepted the data notice; Boris's consultant is unknown: both lines go.
    assert 27 not in owners
    assert 30 not in owners
    lines = await read(url, "text", "callback_data", "dialogue", "step")
    assert lines[1] == ("🤝 Согласен делиться", "lk1:accept:2", "value_prop", "review")
    assert lines[15] == (None, "m1:menu", "value_prop", "review")
    assert lines[20][:2] == ("✉️ Написать клиенту", "cs1:reply:5001:")
    # A moved line loses the sender's dialogue; the rest keep theirs.
    assert lines[23][2:] == (None, None)
    assert lines[7][2:] == (None, None)
    assert lines[5][2:] == ("value_prop", "review")


async def test_downgrade_puts_the_data_back_into_the_press_text(url: str) -> None:
    await downgrade(url, BEFORE)

    texts = await read(url, "text")
    assert texts[1] == ("🤝 Согласен делиться [lk1:accept:2]",)
    assert texts[15] == ("[m1:menu]",)
    assert texts[2] == ("Готово: трекер будет видеть ваши ответы.",)
