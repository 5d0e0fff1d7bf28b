"""What a due occurrence becomes, read at delivery time: switches, pause, quiet hours, cadence."""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import ReminderSettings
from bot.db.models import Interview, ValueProposition
from bot.i18n import I18n
from bot.reminders.delivery.fate import Fate
from bot.reminders.delivery.prepare import Decision, Defer, Drop, Send, decide
from bot.reminders.outbox.claims import Claimed
from bot.reminders.rules import Kind, LocalRule, Status, dump_rule
from tests.e2e.reminders_helpers import NOW, add_occurrence, add_reminder, add_user

SETTINGS = ReminderSettings()


async def _decide(
    session_factory: async_sessionmaker[AsyncSession],
    kind: Kind,
    *,
    now: datetime = NOW,
    rule: str = "{}",
    payload: str | None = None,
    key: str = "k1",
    **user: object,
) -> Decision:
    async with session_factory() as session:
        await add_user(session, 2, first_name="Ольга", last_name="Петрова", role="consultant")
        await add_user(session, 1, **{"consultant_id": 2, **user})
        reminder = await add_reminder(session, 1, kind, rule=rule, payload=payload, created_by=2)
        row = await add_occurrence(session, reminder, key, now - timedelta(seconds=1))
        await session.commit()
        item = Claimed(row.id, reminder.id, 1, key, row.due_at)
        return await decide(session, item, i18n=I18n(), settings=SETTINGS, now=now)


async def test_quiet_hours_defer_to_the_end_of_the_window(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    late_evening = datetime(2026, 11, 26, 20, 30, tzinfo=UTC)  # 23:30 in Moscow
    decision = await _decide(
        session_factory, Kind.CHECKIN, now=late_evening, quiet_start=22 * 60, quiet_end=9 * 60
    )
    assert decision == Defer(datetime(2026, 11, 27, 6, tzinfo=UTC), "quiet hours")


async def test_a_pause_skips_recurring_reminders_but_holds_a_consultants_message(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    until = NOW + timedelta(days=3)
    decision = await _decide(session_factory, Kind.CHECKIN, reminders_paused_until=until)
    assert decision == Drop(Status.CANCELLED, "paused")


async def test_a_consultants_message_waits_for_the_pause_to_end(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    until = NOW + timedelta(days=3)
    decision = await _decide(
        session_factory, Kind.CONSULTANT, payload="Привет", reminders_paused_until=until
    )
    assert decision == Defer(until, "paused")


async def test_all_off_kind_off_and_blocked(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    assert await _decide(session_factory, Kind.CHECKIN, reminders_off=True) == Drop(
        Status.CANCELLED, "reminders off", Fate.OFF
    )


async def test_kind_off(session_factory: async_sessionmaker[AsyncSession]) -> None:
    decision = await _decide(session_factory, Kind.CHECKIN, reminder_kinds_off="nudge,checkin")
    assert decision == Drop(Status.CANCELLED, "checkin reminders off", Fate.KIND_OFF)


async def test_blocked_user_is_parked(session_factory: async_sessionmaker[AsyncSession]) -> None:
    decision = await _decide(session_factory, Kind.CHECKIN, blocked_at=NOW)
    assert decision == Drop(Status.SUSPENDED, "bot blocked by the user", Fate.BLOCKED)


async def test_a_former_consultants_message_is_cancelled(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    decision = await _decide(session_factory, Kind.CONSULTANT, payload="Hi", consultant_id=None)
    assert decision == Drop(Status.CANCELLED, "no longer their consultant", Fate.UNLINKED)


async def test_consultants_text_is_escaped_and_signed(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    decision = await _decide(session_factory, Kind.CONSULTANT, payload="Созвон <завтра> & точка")
    assert isinstance(decision, Send)
    assert "Ольга Петрова" in decision.message.text
    assert "Созвон &lt;завтра&gt; &amp; точка" in decision.message.text


async def _cadence(
    session_factory: async_sessionmaker[AsyncSession], goal: int, logged: list[datetime]
) -> Decision:
    """A cadence of ``goal`` interviews by two weeks from now, with interviews logged at..."""
    async with session_factory() as session:
        await add_user(session, 1)
        vp = ValueProposition(user_id=1, name="Кофейни", status="done", created_at=NOW)
        session.add(vp)
        await session.flush()
        for at in logged:
            session.add(
                Interview(value_proposition_id=vp.id, respondent="R", status="done", created_at=at)
            )
        rule = LocalRule(at=time(18), days=(3,), until=date(2026, 12, 10), vp=vp.id, goal=goal)
        reminder = await add_reminder(session, 1, Kind.CADENCE, rule=dump_rule(rule))
        row = await add_occurrence(session, reminder, "c1", NOW - timedelta(seconds=1))
        await session.commit()
        item = Claimed(row.id, reminder.id, 1, "c1", row.due_at)
        return await decide(session, item, i18n=I18n(), settings=SETTINGS, now=NOW)


async def test_cadence_shows_progress_while_the_week_is_short_of_its_share(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    # 6 by 10.12, three ISO weeks left (this one included): 2 a week; one logged this week.
    decision = await _cadence(session_factory, 6, [NOW - timedelta(days=10), NOW])
    assert isinstance(decision, Send)
    assert "2 из 6 интервью" in decision.message.text
    assert "i1:log:" in str(decision.message.keyboard.inline_keyboard[0][0].callback_data)


async def test_cadence_skips_the_rest_of_a_week_whose_target_is_met(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    monday = datetime(2026, 11, 23, 7, tzinfo=UTC)  # this ISO week, Moscow time
    decision = await _cadence(session_factory, 6, [monday, NOW - timedelta(hours=1)])
    assert decision == Drop(Status.CANCELLED, "week target met")


async def test_cadence_stops_reminding_once_the_goal_is_reached(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    weeks_ago = [NOW - timedelta(days=20 + day) for day in range(3)]
    assert await _cadence(session_factory, 3, weeks_ago) == Drop(
        Status.CANCELLED, "week target met"
    )


async def test_a_nudge_waits_while_the_founder_was_seen_after_it_was_timed(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    payload = '{"d": "vp", "step": "problem", "vp": 1}'
    decision = await _decide(
        session_factory, Kind.NUDGE, payload=payload, key="n1:5:1", last_seen_at=NOW
    )
    # Seen just now: the first nudge goes once they have been silent for its whole delay.
    silent_enough = NOW + timedelta(seconds=SETTINGS.nudge_first_after_seconds)
    assert decision == Defer(silent_enough, "founder answered")
