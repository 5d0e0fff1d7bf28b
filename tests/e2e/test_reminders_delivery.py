"""Delivery against the fake Bot API: 429 pauses everything, 403 parks, 5xx retries, downtime."""

from datetime import timedelta
from itertools import pairwise

from sqlalchemy import select

from bot.db.models import ReminderOccurrence, User
from bot.reminders.rules import Status
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.e2e.reminders_helpers import add_occurrence, add_reminder, e2e_settings, seed_due
from tests.fakebotapi import FakeBotAPI
from tests.fakebotapi.faults import max_in_window
from tests.fakebotapi.records import ApiCall

CHECKIN = "Еженедельный чек-ин"


async def occurrence(runner: BotRunner, occurrence_id: int) -> ReminderOccurrence:
    [row] = await runner.rows(
        select(ReminderOccurrence).where(ReminderOccurrence.id == occurrence_id)
    )
    return row


async def started(runner: BotRunner, *founders: Founder, **settings: object) -> None:
    await runner.restart(reminders=e2e_settings(**settings))
    for founder in founders:
        await founder.consent()


async def test_429_pauses_all_sends_for_retry_after_and_drops_nothing(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, john: Founder, clock: FakeClock
) -> None:
    await started(runner, anna, john)
    assert runner.app is not None
    ids = [
        await seed_due(runner.app.session_factory, founder.id, clock.now + timedelta(seconds=1))
        for founder in (anna, john)
    ]
    api.fail_next("sendMessage", status=429, retry_after=1)
    clock.advance(seconds=2)
    [first] = await api.wait_for_messages(anna.id, timeout=5)
    [second] = await api.wait_for_messages(john.id, timeout=5)
    assert CHECKIN in first.plain_text
    assert "check-in" in second.plain_text
    sends = api.calls_of("sendMessage")[-3:]
    assert [call.status for call in sends] == [429, 200, 200]
    # Nothing went out while the pause lasted: both sends came at least retry_after later.
    assert sends[0].finished_at is not None
    assert min(call.started_at for call in sends[1:]) - sends[0].finished_at >= 0.95
    rows = [await occurrence(runner, occurrence_id) for occurrence_id in ids]
    assert [row.status for row in rows] == [Status.SENT, Status.SENT]
    assert all(row.telegram_message_id for row in rows)


async def test_403_marks_the_user_parks_reminders_and_start_resumes_them(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await started(runner, anna)
    assert runner.app is not None
    factory = runner.app.session_factory
    due = await seed_due(factory, anna.id, clock.now + timedelta(seconds=1))
    later = await seed_due(factory, anna.id, clock.now + timedelta(hours=1))
    api.block_bot(anna.user)
    clock.advance(seconds=2)
    await api.wait_until(lambda: any(call.status == 403 for call in api.calls), what="a 403")
    await api.wait_idle()
    [user] = await runner.rows(select(User).where(User.id == anna.id))
    assert user.blocked_at == clock.now
    assert (await occurrence(runner, due)).status == Status.SUSPENDED
    assert (await occurrence(runner, later)).status == Status.SUSPENDED

    before = len(api.messages(anna.id))
    api.send_text(anna.user, "/start")  # writing again unblocks the bot
    await api.wait_until(
        lambda: any(CHECKIN in m.plain_text for m in api.messages(anna.id)[before:]),
        what="the parked reminder",
    )
    await api.wait_idle()
    assert (await occurrence(runner, due)).status == Status.SENT
    assert (await occurrence(runner, later)).status == Status.PENDING
    [user] = await runner.rows(select(User).where(User.id == anna.id))
    assert user.blocked_at is None


async def test_5xx_and_network_errors_are_retried_with_backoff(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await started(runner, anna)
    assert runner.app is not None
    due = await seed_due(runner.app.session_factory, anna.id, clock.now + timedelta(seconds=1))
    api.fail_next("sendMessage", status=500)
    api.fail_next("sendMessage", status=502, body="<html><h1>502 Bad Gateway</h1></html>")
    clock.advance(seconds=2)
    [message] = await api.wait_for_messages(anna.id)
    assert CHECKIN in message.plain_text
    row = await occurrence(runner, due)
    assert (row.status, row.attempts) == (Status.SENT, 3)
    sends = api.calls_of("sendMessage")[-3:]
    assert [call.status for call in sends] == [500, 502, 200]
    assert sends[0].finished_at is not None
    assert sends[1].started_at - sends[0].finished_at >= 0.04  # backed off


async def test_retries_are_bounded_then_the_occurrence_fails(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await started(runner, anna, max_attempts=3)
    assert runner.app is not None
    due = await seed_due(runner.app.session_factory, anna.id, clock.now + timedelta(seconds=1))
    api.fail_next("sendMessage", status=502, count=10)
    clock.advance(seconds=2)

    def failures() -> list[ApiCall]:
        return [call for call in api.calls_of("sendMessage") if call.status == 502]

    await api.wait_until(lambda: len(failures()) >= 3, what="three attempts")
    await api.wait_idle(settle=0.5)
    assert len(failures()) == 3
    row = await occurrence(runner, due)
    assert (row.status, row.attempts) == (Status.FAILED, 3)
    assert "TelegramServerError" in (row.last_error or "")
    assert len(api.messages(anna.id)) == 4  # consent and name question only: nothing sent


async def test_restart_after_downtime_sends_late_within_grace_and_collapses_the_missed(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, john: Founder, clock: FakeClock
) -> None:
    await started(runner, anna, john)
    assert runner.app is not None
    factory = runner.app.session_factory
    await runner.stop()  # the bot is down...
    start = clock.now
    async with factory() as session:  # a daily check-in, three times while down
        daily = await add_reminder(
            session, anna.id, "checkin", rule='{"days": [], "time": "12:00"}'
        )
        for hours in (24, 48, 60):  # all more than the 6 h grace window overdue
            await add_occurrence(session, daily, f"a{hours}", start + timedelta(hours=hours))
        await session.commit()
    late = await seed_due(factory, john.id, start + timedelta(days=3, hours=-2))
    clock.advance(days=3, hours=1)  # ...for three days; john's is 3 h overdue (< 6 h grace)
    await runner.start(reminders=e2e_settings())
    [collapsed] = await api.wait_for_messages(anna.id)
    assert "пропустили 3 напоминания" in collapsed.plain_text
    [on_time] = await api.wait_for_messages(john.id)
    assert "пропустили" not in on_time.plain_text
    assert (await occurrence(runner, late)).status == Status.SENT
    statuses = [row.status for row in await runner.rows(select(ReminderOccurrence))]
    assert statuses.count(Status.MISSED) == 3
    assert statuses.count(Status.SENT) == 2


async def test_one_chat_gets_at_most_one_message_per_second(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await started(runner, anna, per_chat_interval_seconds=1.0)
    assert runner.app is not None
    for _ in range(3):  # three different reminders due at once for one founder
        await seed_due(runner.app.session_factory, anna.id, clock.now + timedelta(seconds=1))
    clock.advance(seconds=2)
    await api.wait_until(lambda: len(api.messages(anna.id)) == 7, what="three reminders")
    times = api.send_times(anna.id)[-3:]
    assert min(b - a for a, b in pairwise(times)) >= 0.95
    assert max_in_window(times, 0.95) == 1
