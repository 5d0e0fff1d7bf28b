"""Nudges about an unfinished dialogue: after silence, cancelled by an answer, "continue" works."""

import asyncio
from datetime import timedelta

from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import select

from bot.db.models import ReminderOccurrence
from bot.reminders.rules import Status
from tests.e2e.harness import GOOD_RU, BotRunner, FakeClock, Founder
from tests.e2e.reminders_helpers import e2e_settings, tap
from tests.fakebotapi import FakeBotAPI


async def quiet_for(api: FakeBotAPI, founder: Founder, seconds: float = 0.4) -> None:
    """Let the loop run a few passes and check it sent nothing."""
    before = len(api.messages(founder.id))
    await asyncio.sleep(seconds)
    assert len(api.messages(founder.id)) == before


async def in_dialogue(runner: BotRunner, anna: Founder) -> None:
    """Nudges after a minute and three; Anna at question 1 of a new value proposition."""
    await runner.restart(reminders=e2e_settings())
    await anna.begin_vp()


async def test_silence_brings_a_nudge_and_continue_repeats_the_pending_question(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await in_dialogue(runner, anna)
    await anna.say(GOOD_RU["segment"])  # now at question 2
    clock.advance(seconds=61)
    [nudge] = await api.wait_for_messages(anna.id)
    assert "вопросе 2 из 5" in nudge.plain_text
    assert "Кофейни Казани" in nudge.plain_text
    [question] = await anna.press("Продолжить")
    assert "Вопрос 2 из 5" in question.plain_text
    [question] = await anna.answer("problem")
    assert "Вопрос 3 из 5" in question.plain_text


async def test_answering_moves_the_pending_nudges_later(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await in_dialogue(runner, anna)
    await anna.answer("segment")
    clock.advance(seconds=40)
    await anna.say(GOOD_RU["problem"])  # the founder answers: the clock starts again
    clock.advance(seconds=40)  # 80 s after the first answer, 40 s after the second
    await quiet_for(api, anna)
    clock.advance(seconds=21)
    [nudge] = await api.wait_for_messages(anna.id)
    assert "вопросе 3 из 5" in nudge.plain_text  # where she is now, not where it was timed
    rows = await runner.rows(select(ReminderOccurrence).order_by(ReminderOccurrence.id))
    # One pair for the dialogue, written when it began (101 s ago); answers added no rows.
    # The last nudge is re-timed when it comes due, like the first one was.
    assert [row.status for row in rows] == [Status.SENT, Status.PENDING]
    assert rows[1].due_at == clock.now - timedelta(seconds=101) + timedelta(seconds=180)


async def test_a_nudge_timed_before_the_founder_left_the_dialogue_is_dropped(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await in_dialogue(runner, anna)
    await anna.answer("segment")
    # The dialogue ends another way than through the bot's handlers (e.g. another replica
    # whose write is not seen here yet): the loop reads where she is before it sends.
    app = runner.app
    assert app is not None
    key = StorageKey(bot_id=app.bot.id, chat_id=anna.id, user_id=anna.id)
    await app.dispatcher.storage.set_state(key, None)
    clock.advance(seconds=200)
    await quiet_for(api, anna)
    rows = await runner.rows(select(ReminderOccurrence).order_by(ReminderOccurrence.id))
    # Both came due at once: the first counts as missed, the last is the one that was weighed.
    assert [(row.status, row.last_error) for row in rows] == [
        (Status.MISSED, None),
        (Status.CANCELLED, "dialogue left"),
    ]


async def test_after_long_silence_only_the_last_nudge_goes_out(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await in_dialogue(runner, anna)
    clock.advance(seconds=181)  # both the first and the last are due by now
    [nudge] = await api.wait_for_messages(anna.id)
    assert "вопросе 1 из 5" in nudge.plain_text
    assert "последнее напоминание" in nudge.plain_text
    await quiet_for(api, anna)
    clock.advance(days=1)
    await quiet_for(api, anna)  # nothing after the last one


async def test_no_nudge_outside_a_dialogue_or_when_the_kind_is_off(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await in_dialogue(runner, anna)
    await anna.say("/cancel")  # the dialogue is left: nothing to nudge about
    clock.advance(seconds=200)
    await quiet_for(api, anna)
    await anna.press("Новое ЦП")
    await anna.say("Второе ЦП")
    await anna.say("/reminders")
    await tap(api, anna, "Какие напоминания")  # the menu is edited in place
    kinds, toast = await tap(api, anna, "Незаконченный диалог")
    assert toast.text == "Выключено: Незаконченный диалог"
    assert "▫️ Незаконченный диалог (выкл.)" in [button.text for button in anna._buttons(kinds)]
    clock.advance(seconds=200)
    await quiet_for(api, anna)


async def test_interview_logging_nudge_resumes_the_interview(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await in_dialogue(runner, anna)
    await anna.answer_all()
    await anna.press("Всё верно", count=3)
    await anna.press("Проблемные интервью")
    await anna.press("Записать интервью")
    await anna.say("Ильдар, кофейня на Баумана")
    clock.advance(seconds=61)
    [nudge] = await api.wait_for_messages(anna.id)
    assert "Запись интервью" in nudge.plain_text
    [question] = await anna.press("Продолжить")
    assert "Когда было интервью" in question.plain_text
    await anna.press("Вчера")
