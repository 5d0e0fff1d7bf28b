"""The reminders screens, /mydata and the buttons agree on one state, in words people read."""

from tests.e2e.harness import BotRunner, Founder
from tests.e2e.reminders_helpers import open_reminders, tap
from tests.e2e.test_privacy_mydata import export
from tests.fakebotapi import FakeBotAPI, buttons


def section(markdown: str, title: str) -> str:
    """One "## title" section of the /mydata Markdown."""
    start = markdown.index(f"## {title}")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else None]


async def checkin_at(api: FakeBotAPI, founder: Founder, on: str, day: str, at: str) -> str:
    await tap(api, founder, on)
    await tap(api, founder, day)
    menu, toast = await tap(api, founder, at)
    return f"{toast.text}\n{menu.plain_text}"


async def test_after_stop_the_screens_and_mydata_all_say_off(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await open_reminders(runner, anna)
    await checkin_at(api, anna, "Включить еженедельный чек-ин", "Пт", "18:00")
    [stopped] = await anna.say("/stop")
    assert "Все напоминания выключены" in stopped.plain_text
    [menu] = await anna.say("/reminders")
    assert "Все напоминания выключены" in menu.plain_text
    kinds, _ = await tap(api, anna, "Какие напоминания")
    assert "Сейчас все напоминания выключены (/stop) — не придёт ни одно" in kinds.plain_text

    _, markdown, _ = await export(anna)
    settings = section(markdown, "Настройки напоминаний")
    assert "- **Напоминания:** выключены" in settings
    assert "- **Тихие часы:** 22:00–09:00" in settings
    listed = section(markdown, "Запланированные напоминания")
    assert "- **Еженедельный чек-ин:** выключены" in listed
    assert "включены" not in listed
    assert "ждёт отправки" not in listed  # nothing will be sent while reminders are off
    assert "каждую неделю: Пт, 18:00" in listed  # the rule in words, not as JSON
    assert "{" not in listed
    assert '"time"' not in listed


async def test_a_kind_turned_off_shows_on_both_screens_and_checkin_can_come_back(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await open_reminders(runner, anna)
    await checkin_at(api, anna, "Включить еженедельный чек-ин", "Пт", "18:00")
    await tap(api, anna, "Какие напоминания")
    kinds, toast = await tap(api, anna, "Еженедельный чек-ин")
    assert toast.text == "Выключено: Еженедельный чек-ин"
    assert "▫️ Еженедельный чек-ин (выкл.)" in [button.text for button in buttons(kinds)]
    menu, _ = await tap(api, anna, "Назад")
    assert "🔕 Не присылаю: Еженедельный чек-ин." in menu.plain_text
    labels = [button.text for button in buttons(menu)]
    # The main screen does not offer to turn off a check-in that will not come.
    assert "📝 Включить еженедельный чек-ин" in labels
    assert not any("Отложить" in label for label in labels)
    text = await checkin_at(api, anna, "Включить еженедельный чек-ин", "Ср", "09:00")
    assert "Чек-ин включён: Ср, 09:00" in text
    assert "Не присылаю" not in text
    assert "Еженедельный чек-ин" in text


async def test_checkin_time_can_be_typed_like_any_other_time(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await open_reminders(runner, anna)
    await tap(api, anna, "Включить еженедельный чек-ин")
    await tap(api, anna, "Ср")
    [ask] = await anna.press("Своё время")
    assert "10:30" in ask.plain_text
    [bad] = await anna.say("вечером")
    assert bad.plain_text == "Не понял время. Пример: 10:30."
    saved, menu = await anna.say("7:45", count=2)
    assert saved.plain_text == "Чек-ин включён: Ср, 07:45"
    assert "1. Ср 02.12, 07:45 — Еженедельный чек-ин" in menu.plain_text
    [name] = await anna.say("Кофейни")  # the founder's dialogue survived the typed input
    assert "Вопрос 1 из 5" in name.plain_text


async def test_snooze_buttons_read_as_sentences_in_both_languages(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, john: Founder
) -> None:
    await open_reminders(runner, anna)
    text = await checkin_at(api, anna, "Включить еженедельный чек-ин", "Пт", "18:00")
    assert "1. Пт 27.11, 18:00 — Еженедельный чек-ин" in text
    labels = [button.text for button in buttons(anna.message_with_button("Отложить"))]
    assert "⏰ Отложить чек-ин (Пт 27.11, 18:00) на час" in labels
    assert "📅 Перенести чек-ин (Пт 27.11, 18:00) на завтра" in labels

    await john.say("/start", count=2)
    await john.press("✅", count=2)
    await john.say("/reminders")
    await checkin_at(api, john, "Turn the weekly check-in on", "Fri", "18:00")
    labels = [button.text for button in buttons(john.message_with_button("Snooze"))]
    assert "⏰ Snooze the check-in (Fri 27.11, 18:00) by an hour" in labels
    assert "📅 Move the check-in (Fri 27.11, 18:00) to tomorrow" in labels
