"""Interview cadence set up from /reminders, its reminder with progress; the weekly check-in."""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.db.models import CheckinNote, Reminder, ReminderOccurrence, ValueProposition
from bot.reminders.rules import Status, parse_rule
from tests.e2e.harness import BotRunner, FakeClock, Founder
from tests.e2e.reminders_helpers import e2e_settings, open_reminders, tap
from tests.e2e.test_proposition_versions import CASES, finish_v1, log_refuting_interview
from tests.fakebotapi import FakeBotAPI


async def test_cadence_set_up_with_buttons_reminds_with_progress_and_logs_an_interview(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await open_reminders(runner, anna, finished=True)
    goal, _ = await tap(api, anna, "Интервью: цель и дни")
    assert "Кофейни Казани" in goal.plain_text
    deadline, _ = await tap(api, anna, "5")
    assert "5 интервью — к какому сроку" in deadline.plain_text
    await tap(api, anna, "+2 недели")
    await tap(api, anna, "Ср")
    days, _ = await tap(api, anna, "Пт")
    assert [b.text for b in anna._buttons(days)][2:5] == ["✅ Ср", "Чт", "✅ Пт"]
    await tap(api, anna, "Готово")
    saved, _ = await tap(api, anna, "18:00")
    assert "5 интервью по ЦП «Кофейни Казани» до 10 декабря" in saved.plain_text
    assert "Ср, Пт в 18:00" in saved.plain_text

    [reminder] = await runner.rows(select(Reminder).where(Reminder.kind == "cadence"))
    rule = parse_rule(reminder.rule)
    assert rule is not None
    assert (rule.goal, rule.days, rule.until.isoformat() if rule.until else None) == (
        5,
        (2, 4),
        "2026-12-10",
    )
    [vp] = await runner.rows(select(ValueProposition))
    assert vp.interview_goal == 5  # the hub shows the same goal
    rows = await runner.rows(
        select(ReminderOccurrence).where(ReminderOccurrence.reminder_id == reminder.id)
    )
    assert [row.due_at for row in rows] == [
        datetime(2026, 11, 27, 15, tzinfo=UTC),  # Friday 18:00 in Moscow
        datetime(2026, 12, 2, 15, tzinfo=UTC),  # Wednesday, within the 8-day horizon
    ]

    clock.now = datetime(2026, 11, 27, 15, 0, 1, tzinfo=UTC)
    [message] = await api.wait_for_messages(anna.id)
    assert "ЦП «Кофейни Казани»: 0 из 5 интервью" in message.plain_text
    assert "Цель — до 10 декабря" in message.plain_text
    [ask] = await anna.press("Записать интервью")
    assert "Как зовут собеседника" in ask.plain_text


async def test_cadence_picker_lists_each_proposition_once_at_its_latest_version(
    runner: BotRunner, api: FakeBotAPI
) -> None:
    case = CASES["ru"]
    t, founder = case.t, Founder(api, case.user)
    await runner.restart(reminders=e2e_settings())
    await finish_v1(founder, case)
    await log_refuting_interview(founder, case)
    await founder.say("/list")
    await founder.press(case.name, count=2)
    await founder.press(t("btn-revise"), count=2)
    for _ in range(4):
        await founder.press(t("btn-keep-previous"))
    await founder.say(case.new_control)
    await founder.press(t("btn-confirm"), count=3)  # v2 is finished as well
    await founder.say("/list")
    await founder.press(t("btn-new-vp"))
    await founder.say("Салоны")
    await founder.answer_all()
    await founder.press(t("btn-confirm"), count=3)
    v1, v2, salons = await runner.rows(select(ValueProposition).order_by(ValueProposition.id))
    assert [(vp.version, vp.status) for vp in (v1, v2, salons)] == [
        (1, "done"),
        (2, "done"),
        (1, "done"),
    ]

    await founder.say("/reminders")
    picker, _ = await tap(api, founder, t("btn-rem-cadence"))
    assert picker.plain_text == t("rem-cad-pick-vp")
    names = [button.text for button in founder._buttons(picker)][:-1]  # without "back"
    assert names == [case.name, "Салоны"]
    await tap(api, founder, case.name)
    await tap(api, founder, "5")
    await tap(api, founder, "+2 недели")
    await tap(api, founder, "Ср")
    await tap(api, founder, "Готово")
    await tap(api, founder, "18:00")
    [reminder] = await runner.rows(select(Reminder).where(Reminder.kind == "cadence"))
    rule = parse_rule(reminder.rule)
    assert rule is not None
    assert rule.vp == v2.id  # the version interviews now go to


async def test_cadence_needs_a_finished_proposition(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await open_reminders(runner, anna)
    text, _ = await tap(api, anna, "Интервью: цель и дни")
    assert "Сначала завершите" in text.plain_text


async def test_weekly_checkin_asks_four_skippable_questions_and_stores_the_note(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, clock: FakeClock
) -> None:
    await open_reminders(runner, anna)  # waiting for the name of a first proposition
    await tap(api, anna, "Включить еженедельный чек-ин")
    await tap(api, anna, "Чт")
    await tap(api, anna, "18:00")
    clock.now = datetime(2026, 11, 26, 15, 0, 1, tzinfo=UTC)  # Thursday 18:00 in Moscow
    [checkin] = await api.wait_for_messages(anna.id)
    assert "Какую гипотезу вы проверили на этой неделе" in checkin.plain_text
    [first] = await anna.press("Ответить")
    assert "1/4. Гипотеза." in first.plain_text
    [second] = await anna.say("Владельцы кофеен заплатят за прогноз закупок")
    assert "2/4. Действие." in second.plain_text
    [third] = await anna.press("Пропустить")
    assert "3/4. Данные." in third.plain_text
    api.send_voice(anna.user)  # asked to type it; still at question 3
    [typed_please] = await api.wait_for_messages(anna.id)
    assert typed_please.plain_text == "Напишите ответ текстом, пожалуйста."
    [fourth] = await anna.say("3 из 5 собеседников <b>сами</b> считают остатки в Excel")
    assert "4/4. Вывод." in fourth.plain_text
    [done] = await anna.say("Боль есть, делаем прототип")
    assert "Записал чек-ин" in done.plain_text
    [note] = await runner.rows(select(CheckinNote))
    assert (note.hypothesis, note.action, note.insight) == (
        "Владельцы кофеен заплатят за прогноз закупок",
        None,
        "Боль есть, делаем прототип",
    )
    assert note.data == "3 из 5 собеседников <b>сами</b> считают остатки в Excel"
    [question] = await anna.say("Кофейни")  # back where the founder was: naming a proposition
    assert "Вопрос 1 из 5" in question.plain_text
    statuses = [row.status for row in await runner.rows(select(ReminderOccurrence))]
    assert Status.SENT in statuses
    assert Status.PENDING in statuses  # next Thursday is already scheduled
