"""Scheduling in the founder's zone: consultant messages, DST, zone changes, snooze."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import ReminderOccurrence, User
from bot.reminders.consultant_messages import MAX_TEXT_LENGTH, schedule_consultant_message
from bot.reminders.materialize import ensure_upcoming
from bot.reminders.rules import Kind, LocalRule, Status, dump_rule
from bot.reminders.settings import control
from tests.e2e.reminders_helpers import NOW, add_reminder, add_user, occurrences

HORIZON = timedelta(days=8)


async def test_consultant_message_goes_out_at_each_clients_own_local_time(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await add_user(session, 10, first_name="Консультант", role="consultant")
        await add_user(session, 1, consultant_id=10, timezone="Europe/Moscow")
        await add_user(session, 2, consultant_id=10, timezone="Asia/Vladivostok")
        await add_user(session, 3, consultant_id=None)  # not this consultant's client
        await add_user(session, 4, consultant_id=10, consent_version=None)
        result = await schedule_consultant_message(
            session,
            consultant_id=10,
            user_ids=[1, 2, 3, 4],
            text="Как прошла неделя?",
            local_date=date(2026, 11, 26),
            local_time=time(15, 0),
            now=NOW,  # 12:00 in Moscow, 19:00 in Vladivostok
        )
        await session.commit()
    assert result.scheduled == {
        1: datetime(2026, 11, 26, 12, tzinfo=UTC),  # 15:00 Moscow
        2: NOW,  # 15:00 in Vladivostok has passed: as soon as possible
    }
    assert result.late == [2]
    assert result.skipped == [3, 4]
    rows = await occurrences(session_factory)
    assert [row.status for row in rows] == [Status.PENDING, Status.PENDING]


async def test_consultant_message_text_is_bounded(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        for text in ("  ", "я" * (MAX_TEXT_LENGTH + 1)):
            with pytest.raises(ValueError, match="message text"):
                await schedule_consultant_message(
                    session,
                    consultant_id=10,
                    user_ids=[1],
                    text=text,
                    local_date=date(2026, 11, 26),
                    local_time=time(15),
                    now=NOW,
                )


@pytest.mark.parametrize(
    ("zone", "start", "local_times"),
    [
        # Spring forward in Berlin on 29.03: 02:30 does not exist that day, 03:00 instead.
        (
            "Europe/Berlin",
            datetime(2026, 3, 27, tzinfo=UTC),
            ["03-27 02:30", "03-28 02:30", "03-29 03:00"],
        ),
        # Fall back in New York on 01.11: 01:30 happens twice, fires once.
        (
            "America/New_York",
            datetime(2026, 10, 31, 12, tzinfo=UTC),
            ["11-01 01:30", "11-02 01:30", "11-03 01:30"],
        ),
    ],
)
async def test_daily_rule_across_dst_materializes_one_valid_occurrence_a_day(
    session_factory: async_sessionmaker[AsyncSession],
    zone: str,
    start: datetime,
    local_times: list[str],
) -> None:
    at = time(2, 30) if zone == "Europe/Berlin" else time(1, 30)
    async with session_factory() as session:
        await add_user(session, 1, timezone=zone)
        reminder = await add_reminder(
            session, 1, Kind.CHECKIN, rule=dump_rule(LocalRule(at=at, days=tuple(range(7))))
        )
        await ensure_upcoming(session, reminder, zone, now=start, horizon=timedelta(days=3))
        await ensure_upcoming(session, reminder, zone, now=start, horizon=timedelta(days=3))
        await session.commit()
    rows = await occurrences(session_factory)
    seen = [row.due_at.astimezone(ZoneInfo(zone)).strftime("%m-%d %H:%M") for row in rows]
    assert seen == local_times


async def test_zone_change_moves_pending_slots_but_keeps_snoozed_ones(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        user = await add_user(session, 1)
        rule = LocalRule(at=time(18), days=(4,))  # Fridays 18:00
        reminder = await add_reminder(session, 1, Kind.CHECKIN, rule=dump_rule(rule))
        await ensure_upcoming(
            session, reminder, "Europe/Moscow", now=NOW, horizon=timedelta(days=9)
        )
        await session.commit()
        first, second = await occurrences(session_factory)
        moved = await control.snooze(session, user, second.id, how="hour", now=NOW)
        await session.commit()
        await control.set_timezone(session, user, "Asia/Novosibirsk", now=NOW, horizon=HORIZON)
        await session.commit()
    first_after, second_after = await occurrences(session_factory)
    assert first.due_at == datetime(2026, 11, 27, 15, tzinfo=UTC)
    assert first_after.due_at == datetime(2026, 11, 27, 11, tzinfo=UTC)  # 18:00 Novosibirsk
    assert second_after.due_at == moved  # snoozed by hand: left alone


async def test_snooze_to_tomorrow_and_never_someone_elses(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        owner = await add_user(session, 1)
        stranger = await add_user(session, 2)
        rule = LocalRule(at=time(18), days=(3,))
        reminder = await add_reminder(session, 1, Kind.CHECKIN, rule=dump_rule(rule))
        await ensure_upcoming(
            session, reminder, "Europe/Moscow", now=NOW, horizon=timedelta(days=1)
        )
        await session.commit()
        [row] = await occurrences(session_factory)
        assert await control.snooze(session, stranger, row.id, how="day", now=NOW) is None
        moved = await control.snooze(session, owner, row.id, how="day", now=NOW)
        await session.commit()
    assert moved == datetime(2026, 11, 27, 15, tzinfo=UTC)  # Friday 18:00 Moscow


async def test_upcoming_lists_pending_of_kinds_that_are_on(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        user = await add_user(session, 1, reminder_kinds_off="cadence")
        for kind in (Kind.CHECKIN, Kind.CADENCE):
            rule = LocalRule(at=time(18), days=(4,))
            reminder = await add_reminder(session, 1, kind, rule=dump_rule(rule))
            await ensure_upcoming(session, reminder, "Europe/Moscow", now=NOW, horizon=HORIZON)
        await session.commit()
        items = await control.upcoming(session, user, now=NOW)
        users = (await session.scalars(select(User))).all()
    assert [item.kind for item in items] == [Kind.CHECKIN]
    assert len(users) == 1
    assert await occurrences(session_factory, ReminderOccurrence.status == Status.PENDING)
