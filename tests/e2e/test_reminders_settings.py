"""/reminders: the list, snooze, pause, kinds, quiet hours, zone, /stop — founder in control."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.db.models import ReminderOccurrence, User
from bot.reminders.rules import Status
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.e2e.reminders_helpers import (
    due_after_a_tick,
    e2e_settings,
    open_reminders,
    seed_due,
    tap,
)
from tests.fakebotapi import FakeBotAPI


async def pending(runner: BotRunner) -> list[ReminderOccurrence]:
    return await runner.rows(
        select(ReminderOccurrence)
        .where(ReminderOccurrence.status == Status.PENDING)
        .order_by(ReminderOccurrence.due_at)
    )


async def opt_in_checkin(api: FakeBotAPI, founder: Founder, day: str, at: str) -> str:
    await founder.say("/reminders")
    await tap(api, founder, "Включить еженедельный чек-ин")
    await tap(api, founder, day)
    menu, toast = await tap(api, founder, at)
    assert toast.text == f"Чек-ин включён: {day}, {at}"
    return str(menu.plain_text)


async def test_list_shows_whats_coming_and_snooze_moves_it(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    menu = await open_reminders(runner, anna)
    assert "Часовой пояс: Москва (UTC+3)" in menu.plain_text
    assert "Тихие часы: 22:00–09:00" in menu.plain_text
    assert "Ближайших напоминаний нет" in menu.plain_text
    text = await opt_in_checkin(api, anna, "Пт", "18:00")
    assert "1. Пт 27.11, 18:00 — Еженедельный чек-ин" in text
    menu, toast = await tap(api, anna, "Отложить чек-ин (Пт 27.11, 18:00) на час")
    assert toast.text == "Перенёс на Пт 27.11, 19:00"
    assert "1. Пт 27.11, 19:00" in menu.plain_text
    menu, _ = await tap(api, anna, "Перенести чек-ин (Пт 27.11, 19:00) на завтра")
    assert "1. Сб 28.11, 19:00" in menu.plain_text
    [row] = await pending(runner)
    assert row.due_at == datetime(2026, 11, 28, 16, 0, tzinfo=UTC)


async def test_quiet_hours_hold_a_due_reminder_until_the_window_ends(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await open_reminders(runner, anna)
    await tap(api, anna, "Тихие часы")
    [ask] = await anna.press("Написать свой вариант")
    assert "23:00-08:00" in ask.plain_text
    [bad] = await anna.say("после обеда")
    assert "Не понял" in bad.plain_text
    api.send_sticker(anna.user)  # not text: asked to type it, still waiting for the hours
    [typed_please] = await api.wait_for_messages(anna.id)
    assert typed_please.plain_text == "Напишите ответ текстом, пожалуйста."
    saved, menu = await anna.say("12:00-14:00", count=2)  # it is 12:00 in Moscow now
    assert saved.plain_text == "Тихие часы сохранены"
    assert "Тихие часы: 12:00–14:00" in menu.plain_text
    row = await due_after_a_tick(runner, api, anna.id)
    assert (row.status, row.due_at) == (Status.PENDING, datetime(2026, 11, 26, 11, tzinfo=UTC))
    assert "чек-ин" not in api.last_message(anna.id).plain_text
    clock.now = datetime(2026, 11, 26, 11, 0, 1, tzinfo=UTC)  # 14:00:01 Moscow
    [message] = await api.wait_for_messages(anna.id)
    assert "Еженедельный чек-ин" in message.plain_text
    [name] = await anna.say("Кофейни")  # the founder's dialogue survived the typed input
    assert "Вопрос 1 из 5" in name.plain_text


async def test_time_zone_by_button_or_typed_recomputes_pending_reminders(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await runner.restart(reminders=e2e_settings())
    await anna.consent()
    await opt_in_checkin(api, anna, "Пт", "18:00")
    [row] = await pending(runner)
    assert row.due_at == datetime(2026, 11, 27, 15, tzinfo=UTC)  # 18:00 in Moscow
    await tap(api, anna, "Часовой пояс")
    menu, toast = await tap(api, anna, "Екатеринбург")
    assert toast.text == "Часовой пояс: Екатеринбург (UTC+5)"
    [row] = await pending(runner)
    assert row.due_at == datetime(2026, 11, 27, 13, tzinfo=UTC)  # 18:00 in Yekaterinburg
    await tap(api, anna, "Часовой пояс")
    await anna.press("Другой")
    [refused] = await anna.say("Нигдеград")
    assert "Не нашёл" in refused.plain_text
    zone, menu = await anna.say("Berlin", count=2)
    assert zone.plain_text == "Часовой пояс: Europe/Berlin (UTC+1)"
    assert "1. Пт 27.11, 18:00" in menu.plain_text  # the same wall-clock time, in Berlin
    [row] = await pending(runner)
    assert row.due_at == datetime(2026, 11, 27, 17, tzinfo=UTC)
    [user] = await runner.rows(select(User).where(User.id == anna.id))
    assert user.timezone == "Europe/Berlin"


async def test_pause_and_a_kind_turned_off_hold_back_reminders(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await open_reminders(runner, anna)
    menu, toast = await tap(api, anna, "Пауза на 7 дней")
    assert toast.text == "Пауза до Чт 03.12, 12:00"
    assert "На паузе до Чт 03.12, 12:00" in menu.plain_text
    assert runner.app is not None
    factory = runner.app.session_factory
    paused = await seed_due(factory, anna.id, clock.now + timedelta(seconds=1))
    clock.advance(seconds=2)
    await api.wait_idle(settle=0.3)
    await tap(api, anna, "Снять паузу")
    await tap(api, anna, "Какие напоминания")
    await tap(api, anna, "Еженедельный чек-ин")
    kind_off = await seed_due(factory, anna.id, clock.now + timedelta(seconds=1))
    clock.advance(seconds=2)
    await api.wait_idle(settle=0.3)
    rows = {
        row.id: (row.status, row.last_error)
        for row in await runner.rows(select(ReminderOccurrence))
    }
    assert rows[paused] == (Status.CANCELLED, "paused")
    assert rows[kind_off] == (Status.CANCELLED, "checkin reminders off")
    assert not any("чек-ин" in m.plain_text for m in api.messages(anna.id) if not m.reply_markup)


async def test_stop_turns_everything_off_until_turned_on_again(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await runner.restart(reminders=e2e_settings())
    await anna.consent()
    [stopped] = await anna.say("/stop")
    assert "Все напоминания выключены" in stopped.plain_text
    row = await due_after_a_tick(runner, api, anna.id)
    assert (row.status, row.last_error) == (Status.CANCELLED, "reminders off")
    [menu] = await anna.say("/reminders")
    assert "Все напоминания выключены" in menu.plain_text
    menu, toast = await tap(api, anna, "Включить напоминания")
    assert toast.text == "Напоминания включены"
    assert "Выключить все" in [button.text for button in anna._buttons(menu)][-1]
