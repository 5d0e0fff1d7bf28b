"""A consultant's scheduled message: the confirmation tells the truth, failures are reported."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.db.models import ReminderOccurrence
from bot.reminders.rules import Status
from tests.e2e.consultant_helpers import link_client, link_idle, schedule_with_clients
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.fakebotapi import FakeBotAPI


async def schedule_for_all(kate: Founder, text: str, day: str, at: str) -> str:
    await kate.say("/clients")
    await kate.press("🗓")
    await kate.say(text)
    await kate.press(day)
    [done] = await kate.say(at)
    return str(done.plain_text)


async def pending_for(runner: BotRunner, user_id: int) -> list[ReminderOccurrence]:
    return await runner.rows(
        select(ReminderOccurrence).where(
            ReminderOccurrence.user_id == user_id, ReminderOccurrence.status == Status.PENDING
        )
    )


@pytest.mark.usefixtures("scheduling")
async def test_confirmation_says_per_client_when_it_arrives_or_why_not(
    runner: BotRunner,
    api: FakeBotAPI,
    kate: Founder,
    anna: Founder,
    john: Founder,
    clock: FakeClock,
) -> None:
    await link_idle(api, kate, anna, john)
    await john.say("/stop")
    # 12:00 in Moscow now; Anna's quiet hours are the default 22:00–09:00.
    done = await schedule_for_all(kate, "Как прошла неделя?", "Сегодня", "23:00")
    assert "запланировано на 26 ноября, 23:00 по местному времени клиента" in done
    assert "Анна (@anna): придёт 27 ноября, 09:00 (Москва (UTC+3)) — у клиента тихие часы" in done
    assert "John: не придёт — клиент выключил напоминания и сообщения командой /stop" in done
    assert "уйдёт сейчас" not in done
    assert len(await pending_for(runner, anna.id)) == 1
    assert await pending_for(runner, john.id) == []  # nothing queued that cannot go

    clock.now = datetime(2026, 11, 26, 20, 0, 30, tzinfo=UTC)  # 23:00:30 Moscow: quiet
    await api.wait_for_messages(anna.id, count=0)
    clock.now = datetime(2026, 11, 27, 6, 0, 30, tzinfo=UTC)  # 09:00:30 Moscow
    [delivered] = await api.wait_for_messages(anna.id, timeout=15)
    assert "Как прошла неделя?" in delivered.plain_text


@pytest.mark.usefixtures("scheduling")
async def test_a_passed_time_goes_out_now_and_says_so_in_english(
    runner: BotRunner, api: FakeBotAPI, kate: Founder, anna: Founder, clock: FakeClock
) -> None:
    await link_idle(api, kate, anna)
    await runner.update_user(kate.id, language="en")
    # 10:00 is already past: 12:00 in Moscow.
    done = await schedule_for_all(
        kate, "Quick check: how many interviews so far?", "Today", "10:00"
    )
    assert "Message scheduled for 26 November, 10:00, the client's local time" in done
    assert "Анна (@anna): goes out now — that time has already passed" in done
    clock.advance(seconds=1)  # due means strictly past
    [delivered] = await api.wait_for_messages(anna.id, timeout=15)
    assert "how many interviews so far?" in delivered.plain_text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "не доставлено: клиент выключил напоминания и сообщения командой /stop."),
        ("en", "was not delivered: the client turned off reminders and messages with /stop."),
    ],
)
@pytest.mark.usefixtures("scheduling")
async def test_consultant_hears_when_the_client_stopped_messages_before_it_was_due(
    runner: BotRunner,
    api: FakeBotAPI,
    kate: Founder,
    anna: Founder,
    clock: FakeClock,
    language: str,
    expected: str,
) -> None:
    await link_idle(api, kate, anna)
    await schedule_for_all(kate, "Жду отчёт <b>к пятнице</b>", "Сегодня", "18:00")
    await anna.say("/stop")
    await runner.update_user(kate.id, language=language)
    clock.advance(hours=6, minutes=1)  # 18:01 in Moscow
    [notice] = await api.wait_for_messages(kate.id, timeout=15)
    assert expected in notice.plain_text
    assert "Анна (@anna)" in notice.plain_text
    assert ("26 ноября, 18:00" if language == "ru" else "26 November, 18:00") in notice.plain_text
    assert "Жду отчёт <b>к пятнице</b>" in notice.plain_text  # the text, escaped
    assert api.messages(anna.id)[-1].plain_text.startswith("Все напоминания выключены")


@pytest.mark.usefixtures("consultant")
async def test_consultant_hears_when_the_client_blocked_the_bot_or_telegram_gave_up(
    runner: BotRunner,
    api: FakeBotAPI,
    kate: Founder,
    anna: Founder,
    john: Founder,
    clock: FakeClock,
) -> None:
    await schedule_with_clients(runner, api, kate, anna, john, max_attempts=2)
    await schedule_for_all(kate, "Завтра созвон", "Сегодня", "18:00")
    api.block_bot(anna.user)
    api.fail_next("sendMessage", status=500, count=2, chat_id=john.id)
    clock.advance(hours=6, minutes=1)
    notices = await api.wait_for_messages(kate.id, count=2, timeout=15)
    texts = sorted(notice.plain_text for notice in notices)
    assert "Анна (@anna)" in texts[1] or "Анна (@anna)" in texts[0]
    joined = "\n".join(texts)
    assert "не доставлено: клиент заблокировал бота." in joined
    assert "не доставлено: Telegram так и не принял сообщение (попыток: 2)." in joined


@pytest.mark.usefixtures("scheduling")
async def test_a_client_who_unlinked_does_not_get_the_former_consultants_message(
    api: FakeBotAPI, kate: Founder, anna: Founder, clock: FakeClock
) -> None:
    await link_idle(api, kate, anna)
    await schedule_for_all(kate, "Как дела с интервью?", "Сегодня", "18:00")
    await anna.say("/unlink")
    await anna.press("Да, отключить")
    await api.wait_for_messages(kate.id)  # "Анна отключилась"
    clock.advance(hours=6, minutes=1)
    [notice] = await api.wait_for_messages(kate.id, timeout=15)
    assert "не доставлено: клиент отключился от вас, и сообщение отменено." in notice.plain_text
    await api.wait_for_messages(anna.id, count=0)
    assert not any("Как дела с интервью?" in m.plain_text for m in api.messages(anna.id))


@pytest.mark.usefixtures("consultant")
async def test_a_direct_reply_reaches_a_client_who_sent_stop(
    api: FakeBotAPI, kate: Founder, anna: Founder
) -> None:
    """/stop turns off automatic reminders and scheduled messages, not a consultant's reply."""
    await link_client(api, kate, anna, idle=True)
    await anna.say("/stop")
    await kate.say("/clients")
    [card, *_] = await kate.press("Анна")
    # Times in the reader's zone (Kate's, Moscow), never bare UTC.
    assert "В боте с 26 ноября, последний раз — 26 ноября, 12:00" in card.plain_text
    assert "UTC" not in card.plain_text
    ask = await kate.press("✉️")
    assert "Анна" in ask[-1].plain_text
    [done] = await kate.say("Созвонимся в четверг?")
    assert done.plain_text == "Отправлено."
    [message] = await api.wait_for_messages(anna.id)
    assert "Созвонимся в четверг?" in message.plain_text
