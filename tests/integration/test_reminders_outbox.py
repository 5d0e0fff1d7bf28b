"""The outbox on real databases: grace window, collapse of misses, stale claims, two workers."""

import asyncio
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.engine import create_engine, create_session_factory
from bot.db.models import ReminderOccurrence
from bot.reminders.outbox.claims import claim_due
from bot.reminders.outbox.rows import requeue_stale
from bot.reminders.rules import Kind, Status
from tests.e2e.reminders_helpers import (
    NOW,
    Clock,
    add_occurrence,
    add_reminder,
    add_user,
    api_bot,
    drain,
    known_chats,
    make_loop,
    occurrences,
)
from tests.fakebotapi import FakeBotAPI

GRACE = timedelta(hours=6)


async def test_overdue_beyond_grace_is_missed_and_newest_within_grace_goes_late(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await add_user(session, 1)
        reminder = await add_reminder(session, 1, Kind.CADENCE, rule="{}")
        for hours in (30, 10, 3, 1):
            await add_occurrence(
                session, reminder, f"r{reminder.id}@-{hours}", NOW - timedelta(hours=hours)
            )
        await add_occurrence(session, reminder, f"r{reminder.id}@+1", NOW + timedelta(hours=1))
        await session.commit()
        claimed = await claim_due(session, worker="w1", now=NOW, grace=GRACE, limit=100)
    assert [item.key for item in claimed] == [f"r{reminder.id}@-1"]
    rows = {row.occurrence_key: row.status for row in await occurrences(session_factory)}
    assert rows == {
        f"r{reminder.id}@-30": Status.MISSED,
        f"r{reminder.id}@-10": Status.MISSED,
        f"r{reminder.id}@-3": Status.MISSED,  # superseded by the newer one due
        f"r{reminder.id}@-1": Status.CLAIMED,
        f"r{reminder.id}@+1": Status.PENDING,
    }


async def test_misses_with_nothing_coming_collapse_into_one_carrier(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await add_user(session, 1)
        cadence = await add_reminder(session, 1, Kind.CADENCE, rule="{}")
        nudge = await add_reminder(session, 1, Kind.NUDGE, rule="{}")
        for hours in (50, 26, 8):
            await add_occurrence(session, cadence, f"c@-{hours}", NOW - timedelta(hours=hours))
        await add_occurrence(session, cadence, "c@+48", NOW + timedelta(hours=48))
        await add_occurrence(session, nudge, "n@-20", NOW - timedelta(hours=20))
        await session.commit()
        claimed = await claim_due(session, worker="w1", now=NOW, grace=GRACE, limit=100)
        again = await claim_due(session, worker="w2", now=NOW, grace=GRACE, limit=100)
    assert [item.key for item in claimed] == ["c@-8+m"]  # one message for three misses
    assert claimed[0].due_at == NOW
    assert again == []  # nothing new missed: no second carrier
    statuses = {row.occurrence_key: row.status for row in await occurrences(session_factory)}
    assert statuses["n@-20"] == Status.MISSED  # a missed nudge is not reported


async def test_a_newer_occurrence_within_grace_reports_the_misses_instead(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await add_user(session, 1)
        reminder = await add_reminder(session, 1, Kind.CHECKIN, rule="{}")
        await add_occurrence(session, reminder, "k@-30", NOW - timedelta(hours=30))
        await add_occurrence(session, reminder, "k@+2", NOW + timedelta(hours=2))
        await session.commit()
        assert await claim_due(session, worker="w1", now=NOW, grace=GRACE, limit=100) == []


async def test_stale_claims_are_requeued_fresh_ones_are_not(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await add_user(session, 1)
        reminder = await add_reminder(session, 1, Kind.CHECKIN, rule="{}")
        for key, minutes in (("old", 30), ("new", 2)):
            await add_occurrence(
                session,
                reminder,
                key,
                NOW - timedelta(hours=1),
                status=Status.CLAIMED,
                claimed_by="dead",
                claimed_at=NOW - timedelta(minutes=minutes),
            )
        await session.commit()
        requeued = await requeue_stale(session, now=NOW, older_than=timedelta(minutes=10))
        await session.commit()
    assert requeued == 1
    statuses = {row.occurrence_key: row.status for row in await occurrences(session_factory)}
    assert statuses == {"old": Status.PENDING, "new": Status.CLAIMED}


async def test_two_loops_on_one_database_never_send_an_occurrence_twice(
    database_url: str, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    users = list(range(9001, 9061))
    async with session_factory() as session:
        for user_id in users:
            await add_user(session, user_id)
            reminder = await add_reminder(session, user_id, Kind.CHECKIN, rule="{}")
            for minutes in (1, 2, 3):  # three due per user: only the newest goes out
                await add_occurrence(
                    session, reminder, f"k{user_id}-{minutes}", NOW - timedelta(minutes=minutes)
                )
        await session.commit()
    clock = Clock()
    second_engine = create_engine(database_url)
    try:
        async with FakeBotAPI() as api, api_bot(api) as bot:
            known_chats(api, *users)
            first = make_loop(bot, session_factory, clock, worker="first")
            second = make_loop(bot, create_session_factory(second_engine), clock, worker="second")
            first.settings = second.settings = first.settings.model_copy(update={"batch_size": 7})
            await asyncio.gather(drain(first, 100), drain(second, 100))
            per_chat = [len(api.messages(user_id)) for user_id in users]
            assert per_chat == [1] * len(users)
            assert api.errors == []
    finally:
        await second_engine.dispose()
    rows = await occurrences(session_factory)
    sent = [row for row in rows if row.status == Status.SENT]
    assert len(sent) == len(users)
    assert {row.claimed_by for row in sent} == {"first", "second"}  # both did work
    assert all(row.telegram_message_id for row in sent)
    assert len([row for row in rows if row.status == Status.MISSED]) == 2 * len(users)


async def test_restart_after_downtime_sends_one_collapsed_message_per_reminder(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await add_user(session, 7)
        reminder = await add_reminder(
            session, 7, Kind.CHECKIN, rule='{"days": [3], "time": "12:00"}'
        )
        for days in (21, 14, 7):
            await add_occurrence(
                session, reminder, f"r{reminder.id}@{days}", NOW - timedelta(days=days)
            )
        await session.commit()
    clock = Clock()
    async with FakeBotAPI() as api, api_bot(api) as bot:
        known_chats(api, 7)
        loop = make_loop(bot, session_factory, clock)
        await drain(loop)
        [message] = api.messages(7)
        assert "пропустили 3 напоминания" in message.plain_text
        assert "чек-ин" in message.plain_text
    rows = await occurrences(session_factory, ReminderOccurrence.reminder_id == reminder.id)
    assert [row.status for row in rows if row.status == Status.MISSED] == [Status.MISSED] * 3
    carrier = next(row for row in rows if row.occurrence_key.endswith("+m"))
    assert carrier.status == Status.SENT
    assert carrier.telegram_message_id == message.message_id
    # The loop topped the weekly rule up again: next Thursday 12:00 Moscow is pending.
    assert any(row.status == Status.PENDING and row.due_at > NOW for row in rows)
