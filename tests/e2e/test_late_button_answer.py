"""A press Telegram no longer lets the bot answer ("query is too old") still does its work.

Two shapes of it: the answer is refused once (``refuse_next_callback_answers``), or the press
is too old for any answer (``expired=True``, as after a backlog of updates).
"""

from sqlalchemy import select

from bot.db.models import AnswerRevision
from tests.e2e.harness import GOOD_RU, BotRunner, Founder, one_reply
from tests.fakebotapi import FakeBotAPI

APOLOGY = "Не получилось обработать"


async def test_late_keep_press_moves_on_without_an_apology(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.begin_vp()
    await anna.say("все")  # too broad: the coach asks once, with "keep it as it is"

    api.refuse_next_callback_answers()
    [question] = await anna.press("Оставить как есть")

    assert "Вопрос 2 из 5" in question.plain_text
    [press] = api.calls_of("answerCallbackQuery")[-1:]
    assert press.status == 400
    assert "query is too old" in (press.description or "")
    # The founder answers question 2, and it is stored as question 2: nothing was skipped.
    one_reply(await anna.answer("problem"), "Вопрос 3 из 5")
    stored = await runner.rows(select(AnswerRevision).order_by(AnswerRevision.id))
    assert [(r.field, r.text) for r in stored] == [
        ("segment", "все"),
        ("problem", GOOD_RU["problem"]),
    ]
    assert all(APOLOGY not in m.plain_text for m in api.messages(anna.id))


async def test_late_skip_press_shows_the_next_question(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.begin_vp()
    one_reply(await anna.press("Пропустить", expired=True), "Вопрос 2 из 5")
    one_reply(await anna.answer("problem"), "Вопрос 3 из 5")
    [skipped] = await runner.rows(select(AnswerRevision).where(AnswerRevision.field == "segment"))
    assert skipped.skipped
    assert all(APOLOGY not in m.plain_text for m in api.messages(anna.id))


async def test_press_without_a_toast_is_answered_before_the_reply(
    api: FakeBotAPI, anna: Founder
) -> None:
    await anna.consent()
    before = len(api.calls)
    one_reply(await anna.press("Назову потом"), "Вопрос 1 из 5")
    methods = [call.method for call in api.calls[before:] if call.method != "getUpdates"]
    assert methods == ["answerCallbackQuery", "editMessageReplyMarkup", "sendMessage"]


async def test_late_press_without_a_toast_still_does_its_work(
    api: FakeBotAPI, anna: Founder
) -> None:
    await anna.consent()
    one_reply(await anna.press("Назову потом", expired=True), "Вопрос 1 из 5")
    one_reply(await anna.answer("segment"), "Вопрос 2 из 5")
    assert all(APOLOGY not in m.plain_text for m in api.messages(anna.id))
