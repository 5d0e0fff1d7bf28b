"""collect_user_data: everything about the user, nothing about anyone else, JSON-ready."""

import json

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.documents.mydata.collect import EXPORT_FORMAT, Data, collect_user_data
from tests.unit.privacy.seed_rows import CONSULTANT, FOUNDER, T0, TRICKY


async def _collect(factory: async_sessionmaker[AsyncSession], user_id: int = FOUNDER) -> Data:
    async with factory() as session:
        return await collect_user_data(
            session, user_id, exported_at=T0, dialogue={"state": "VpDialog:segment", "data": {}}
        )


@pytest.mark.usefixtures("seeded")
async def test_collects_every_kind_of_data(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = await _collect(session_factory)
    assert data["format"] == EXPORT_FORMAT
    assert data["exported_at"] == T0.isoformat()
    assert data["profile"]["id"] == FOUNDER
    assert data["profile"]["username"] == "anna"
    assert data["consent"] == {"version": 1, "given_at": T0.isoformat()}
    assert data["consultant"] == {
        "id": CONSULTANT,
        "name": "Ольга Трекер",
        "shared_at": T0.isoformat(),
    }
    assert data["dialogue"]["state"] == "VpDialog:segment"
    [vp] = data["value_propositions"]
    assert vp["name"] == "Кофейни"
    assert vp["answers"] == {"segment": "Кофейни Казани", "problem": TRICKY, "situation": None}
    assert [r["text"] for r in vp["revisions"] if r["field"] == "problem"] == [
        "Старая проблема",
        TRICKY,
    ]
    assert vp["interview_script"]["topic"] == "закупка *зерна*"
    questions = vp["interview_script"]["questions"]
    assert [q["origin"] for q in questions] == ["generated", "founder"]
    assert questions[1]["kept_lint"] == ["a", "b"]
    [interview] = vp["interviews"]
    assert interview["held_on"] == "2026-11-25"
    assert interview["notes"][0]["said"] == "Каждую пятницу"
    assert interview["notes"][0]["quote"] == "Вчера вылили 3 л"
    [reminder] = data["reminders"]
    assert reminder["rule"] == {"weekday": 1}
    # Only the occurrence still to be sent; the delivered one is outbox history.
    assert [o["status"] for o in reminder["pending_occurrences"]] == ["pending"]
    assert data["checkins"][0]["insight"] == "Вывод"
    assert data["invites"][0]["kind"] == "client"
    assert [e["text"] for e in data["transcript"]] == [  # as stored; files.readable shows them
        *("/start", "<b>Привет</b> &amp; 👋", "😀"),
        *("Оставить как есть [v1:keep:3:segment]", "[lk1:accept:2]"),
    ]


@pytest.mark.usefixtures("seeded")
async def test_nothing_of_other_users_and_no_invite_codes(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    dumped = json.dumps(await _collect(session_factory), ensure_ascii=False)
    assert "Чужое ЦП" not in dumped
    assert "чужое" not in dumped
    assert "secret-code" not in dumped  # a working key to the bot stays out of files
    assert json.loads(dumped)["profile"]["first_name"] == "Анна"


@pytest.mark.usefixtures("seeded")
async def test_a_user_with_nothing_yet_gets_empty_sections(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = await _collect(session_factory, CONSULTANT)
    assert data["consent"]["version"] is None
    assert data["consultant"] is None
    assert data["value_propositions"] == []
    assert data["transcript"] == []


async def test_unknown_user_is_a_lookup_error(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    with pytest.raises(LookupError):
        await _collect(session_factory, 424242)
