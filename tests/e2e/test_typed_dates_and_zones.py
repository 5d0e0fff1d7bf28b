"""Dates and zones as people type them: «завтра в 10», «24 декабря», «Алматы», a location."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.db.models import ReminderOccurrence, User
from tests.e2e.consultant_helpers import link_idle
from tests.e2e.harness import BotRunner, Founder, one_reply
from tests.e2e.reminders_helpers import open_reminders, tap
from tests.fakebotapi import FakeBotAPI


async def zone_of(runner: BotRunner, user_id: int) -> str:
    [user] = await runner.rows(select(User).where(User.id == user_id))
    return str(user.timezone)


async def ask_zone(api: FakeBotAPI, founder: Founder, other: str) -> dict[str, object]:
    """/reminders → time zone → "other": the question, with Telegram's share-location key."""
    await founder.say("/reminders")
    await tap(api, founder, "🌍")
    [ask] = await founder.press(other)
    assert ask.reply_markup is not None
    [[key]] = ask.reply_markup["keyboard"]
    assert key["request_location"] is True
    return dict(key)


async def test_zone_typed_as_a_city_in_russian(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.consent()
    key = await ask_zone(api, anna, "Другой")
    assert key["text"] == "📍 Отправить геопозицию"
    zone, menu = await anna.say("Алматы", count=2)
    assert zone.plain_text == "Часовой пояс: Asia/Almaty (UTC+5)"
    assert zone.reply_markup == {"remove_keyboard": True}
    assert "Часовой пояс: Asia/Almaty (UTC+5)" in menu.plain_text
    await tap(api, anna, "🌍")
    await anna.press("Другой")
    zone, _ = await anna.say("Питер", count=2)
    assert zone.plain_text == "Часовой пояс: Москва (UTC+3)"
    assert await zone_of(runner, anna.id) == "Europe/Moscow"


async def test_zone_from_a_shared_location_in_both_languages(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, john: Founder
) -> None:
    await anna.consent()
    await ask_zone(api, anna, "Другой")
    api.send_location(anna.user, latitude=43.24, longitude=76.95)  # Almaty
    zone, _ = await api.wait_for_messages(anna.id, count=2, timeout=30)
    assert zone.plain_text == "Часовой пояс: Asia/Almaty (UTC+5)"
    assert await zone_of(runner, anna.id) == "Asia/Almaty"

    await john.say("/start", count=2)
    await john.press("✅", count=2)
    key = await ask_zone(api, john, "Other")
    assert key["text"] == "📍 Share my location"
    api.send_location(john.user, latitude=52.52, longitude=13.405)  # Berlin
    zone, _ = await api.wait_for_messages(john.id, count=2, timeout=30)
    assert zone.plain_text == "Time zone: Europe/Berlin (UTC+1)"
    await ask_zone(api, john, "Other")
    [desktop] = await john.say("📍 Share my location")  # a client that cannot share one
    assert desktop.plain_text.startswith("A location cannot be shared from here")
    [refused] = await john.say("Nowhereville-on-Sea")
    assert refused.plain_text.startswith("I couldn't find that time zone.")


@pytest.mark.usefixtures("scheduling")
async def test_consultant_types_the_day_and_time_in_words(
    runner: BotRunner, api: FakeBotAPI, kate: Founder, anna: Founder
) -> None:
    await link_idle(api, kate, anna)
    await kate.say("/clients")
    await kate.press("🗓")
    await kate.say("Созвон в пятницу в силе?")
    [done] = await kate.say("завтра в 10")  # the day and the time at once
    assert "запланировано на 27 ноября, 10:00" in done.plain_text
    assert "Анна (@anna): придёт 27 ноября, 10:00 (Москва (UTC+3))." in done.plain_text
    [row] = await runner.rows(select(ReminderOccurrence))
    assert row.due_at == datetime(2026, 11, 27, 7, tzinfo=UTC)

    await kate.say("/clients")
    await kate.press("🗓")
    await kate.say("Итоги месяца")
    one_reply(await kate.say("3 декабря"), "Во сколько")
    one_reply(await kate.say("18:30"), "запланировано на 3 декабря, 18:30")


async def test_cadence_deadline_typed_in_words(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await open_reminders(runner, anna, finished=True)
    await tap(api, anna, "Интервью: цель и дни")
    await tap(api, anna, "5")
    one_reply(await anna.press("Своя дата"), "24 декабря")
    one_reply(await anna.say("декабрь"), "Не понял дату")
    one_reply(await anna.say("24 декабря"), "В какие дни напоминать?")
