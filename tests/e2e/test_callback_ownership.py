"""The callback audit (docs/callback-audit.md) as tests: a founder who forges button data naming
another founder's objects (ids are small sequential numbers) gets a neutral answer, sees nothing
of theirs and changes nothing; a consultant's queued message never reaches a former client.
"""

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.db.models import (
    CheckinNote,
    Interview,
    Reminder,
    ReminderOccurrence,
    ScriptQuestion,
    ValueProposition,
)
from bot.reminders.rules import Kind
from tests.e2e.harness import GOOD_RU, BotRunner, FakeClock, Founder
from tests.e2e.invite_helpers import (
    accept,
    open_link,
    text_of,
)
from tests.e2e.reminders_helpers import add_occurrence, add_reminder
from tests.e2e.test_interview import log_interview
from tests.fakebotapi import FakeBotAPI, buttons

NEUTRAL_KEYS = ("stale-button", "cmd-unavailable", "rem-gone")


async def press_data(founder: Founder, data: str) -> None:
    """Press the newest button carrying ``data`` (found by data, not by its wording)."""
    for message in reversed(founder.api.messages(founder.id, include_deleted=False)):
        if any(button.callback_data == data for button in buttons(message)):
            founder.api.press(founder.user, message, data)
            await founder.api.wait_for_messages(founder.id)
            return
    raise AssertionError(f"no button with {data!r}")


async def snapshot(runner: BotRunner, founder_id: int) -> dict[str, object]:
    """What a forged button could change of a founder's data."""
    [vp] = await runner.rows(
        select(ValueProposition).where(ValueProposition.user_id == founder_id)
    )
    [interview] = await runner.rows(select(Interview))
    questions = await runner.rows(select(ScriptQuestion).order_by(ScriptQuestion.id))
    occurrences = await runner.rows(select(ReminderOccurrence).order_by(ReminderOccurrence.id))
    notes = await runner.rows(select(CheckinNote))
    reminders = await runner.rows(select(Reminder).order_by(Reminder.id))
    return {
        "vp": (vp.status, vp.interview_goal, vp.name),
        "interview": (interview.status, interview.segment_fit, interview.commitment),
        "questions": [(q.id, q.position, q.text) for q in questions],
        "occurrences": [(o.id, o.due_at, o.status) for o in occurrences],
        "notes": [(n.id, n.hypothesis) for n in notes],
        "reminders": [(r.id, r.user_id, r.kind, r.active) for r in reminders],
    }


async def test_forged_buttons_naming_another_founders_objects_change_nothing(
    runner: BotRunner, api: FakeBotAPI, mallory: Founder, anna: Founder
) -> None:
    await anna.finish_vp()
    await anna.press("Проблемные интервью")
    await anna.press("Сценарий интервью")
    await anna.press("Да, «", count=4)  # the proposed topic
    await log_interview(anna, "Олег", "В прошлый вторник потеряли два заказа", "Подтвердил")
    assert runner.app is not None
    async with runner.app.session_factory() as session:
        reminder = await add_reminder(session, anna.id, Kind.CHECKIN, rule="{}")
        due = runner.clock() + timedelta(days=2)
        occurrence = await add_occurrence(session, reminder, "anna-checkin-1", due)
        note = CheckinNote(user_id=anna.id, created_at=runner.clock(), hypothesis="Моя гипотеза")
        session.add(note)
        await session.commit()
        occ_id, note_id = occurrence.id, note.id
    [vp] = await runner.rows(select(ValueProposition))
    [interview] = await runner.rows(select(Interview))
    question = (await runner.rows(select(ScriptQuestion).order_by(ScriptQuestion.id)))[1]
    before = await snapshot(runner, anna.id)
    anna_seen = len(api.messages(anna.id))

    await mallory.consent()
    target = mallory.message_with_button("")
    forged = [
        f"o1:{vp.id}",  # open a proposition: the card
        f"i1:setgoal:{vp.id}:50",
        f"i1:addkeep:{vp.id}:0",
        f"i1:log:{vp.id}:0",
        f"i1:topicok:{vp.id}:0",
        f"i1:topicnew:{vp.id}:0",
        f"q1:del:{vp.id}:{question.id}",
        f"q1:up:{vp.id}:{question.id}",
        f"q1:pick:{vp.id}:{question.id}",
        f"g1:fit:{interview.id}:yes",
        f"n1:resume:{interview.id}:",
        f"n1:del:{interview.id}:",
        f"rc1:at:{vp.id}:5:20261231:1:600:",
        f"rc1:vp:{vp.id}:0:0:0:-1:",
        f"sr1:{vp.id}",
        f"r1:revise:{vp.id}",  # a new version of someone else's proposition
        f"r1:rename:{vp.id}",
        f"v1:prev:{vp.id}:segment",
        f"rm1:snz:{occ_id}:hour",
        f"rm1:snz:{occ_id}:day",
        f"rk1:skip:{note_id}",
        f"cs1:client:{anna.id}:",
        f"cs1:unlinkok:{anna.id}:",
        f"cs1:sched:{anna.id}:",
        f"cs1:export:{anna.id}:",
    ]
    neutral = {text_of(runner, key) for key in NEUTRAL_KEYS}
    for data in forged:
        update = api.press(mallory.user, target, data, forged=True)
        answer = await api.wait_callback_answer(update)
        assert answer.text in neutral, (data, answer.text)
    await api.wait_for_messages(mallory.id, count=0)

    assert await snapshot(runner, anna.id) == before
    assert len(api.messages(anna.id)) == anna_seen  # Anna got nothing either
    seen = " ".join(message.plain_text for message in api.messages(mallory.id))
    for text in (GOOD_RU["problem"], "Олег", "Моя гипотеза", question.text):
        assert text not in seen


async def test_a_scheduled_message_never_reaches_a_client_who_left(
    runner: BotRunner,
    api: FakeBotAPI,
    kate: Founder,
    anna: Founder,
    clock: FakeClock,
    client_link: str,
) -> None:
    code = client_link
    await anna.consent()
    await accept(anna, await open_link(anna, code))
    await api.wait_for_messages(kate.id)  # "Anna joined"

    await kate.say("/clients")
    await kate.press("Анна")  # her card, with "schedule a message" among its buttons
    await press_data(kate, f"cs1:sched:{anna.id}:")
    await kate.say("Не забудьте про интервью в четверг")
    await press_data(kate, "cs1:day:0:0")  # today
    await kate.say("18:00")
    [queued] = await runner.rows(select(ReminderOccurrence))

    await anna.say("/unlink")
    await press_data(anna, "ul1:confirm")
    await api.wait_for_messages(kate.id)  # told that Anna left
    anna_seen = len(api.messages(anna.id))

    clock.advance(hours=6, minutes=1)  # past 18:00 in Moscow
    async with asyncio.timeout(15):  # the loop polls the outbox; wait for its decision
        while True:
            [after] = await runner.rows(select(ReminderOccurrence))
            if after.status not in {"pending", "claimed"}:
                break
            await asyncio.sleep(0.1)
    assert (after.id, after.status) == (queued.id, "cancelled")
    assert len(api.messages(anna.id)) == anna_seen
    texts = " ".join(message.plain_text for message in api.messages(anna.id))
    assert "интервью в четверг" not in texts
