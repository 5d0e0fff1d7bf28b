"""A restart or a long pause loses no answer; the founder continues at the pending question."""

from sqlalchemy import select

from bot.db.models import AnswerRevision, TranscriptEntry
from tests.e2e.harness import GOOD_RU, BotRunner, FakeClock, Founder, one_reply


async def test_new_bot_process_on_same_database_continues_at_pending_question(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.begin_answered("segment", "problem")

    await runner.restart()  # a new app: new engine, storage and dispatcher, same SQLite file

    offer = one_reply(await anna.say("/start"), "вопрос 3 из 5")
    assert [button.text for button in anna._buttons(offer)] == [
        "▶️ Продолжить",
        "🔄 Начать заново",
    ]
    one_reply(await anna.press("Продолжить"), "Вопрос 3 из 5")
    one_reply(await anna.answer("situation"), "Вопрос 4 из 5")
    saved = [revision.text for revision in await runner.rows(select(AnswerRevision))]
    assert saved == [GOOD_RU["segment"], GOOD_RU["problem"], GOOD_RU["situation"]]


async def test_answer_typed_right_after_restart_is_taken(runner: BotRunner, anna: Founder) -> None:
    await anna.begin_answered("segment")
    await runner.restart()
    one_reply(await anna.answer("problem"), "Вопрос 3 из 5")


async def test_message_after_a_long_pause_offers_to_continue_and_keeps_the_message(
    runner: BotRunner, anna: Founder, clock: FakeClock
) -> None:
    await anna.begin_answered("segment")
    clock.advance(days=3)
    offer = one_reply(await anna.answer("problem"), "С возвращением", "вопрос 2 из 5")
    assert GOOD_RU["problem"] in offer.plain_text
    assert [button.text for button in anna._buttons(offer)] == [
        "Записать это как ответ",
        "▶️ Продолжить",
        "🔄 Начать заново",
    ]
    one_reply(await anna.press("Записать это как ответ"), "Вопрос 3 из 5")
    problems = await runner.rows(select(AnswerRevision).where(AnswerRevision.field == "problem"))
    assert [revision.text for revision in problems] == [GOOD_RU["problem"]]


async def test_start_over_keeps_the_earlier_draft(runner: BotRunner, anna: Founder) -> None:
    await anna.begin_answered("segment")
    await anna.say("/start")
    restarted, ask_name = await anna.press("Начать заново", count=2)
    assert "сохранено в истории" in restarted.plain_text
    assert "Как назовём" in ask_name.plain_text
    assert await runner.count(AnswerRevision) == 1  # nothing deleted


async def test_cancel_pauses_and_start_offers_the_draft(anna: Founder) -> None:
    await anna.begin_answered("segment")
    one_reply(await anna.say("/cancel"), "ответы сохранены")
    _, offer = await anna.say("/start", count=2)
    assert "незаконченное ЦП «Кофейни Казани»" in offer.plain_text
    one_reply(await anna.press("Продолжить"), "Вопрос 2 из 5")


async def test_transcript_records_both_directions_with_times(
    runner: BotRunner, anna: Founder, clock: FakeClock
) -> None:
    await anna.begin_answered("segment")
    entries = await runner.rows(select(TranscriptEntry).order_by(TranscriptEntry.id))
    answer = next(entry for entry in entries if entry.text == GOOD_RU["segment"])
    assert answer.direction == "in"
    assert (answer.dialogue, answer.step) == ("value_prop", "segment")
    assert answer.at == clock.now
    assert answer.telegram_message_id is not None
    question = entries[-1]
    assert question.direction == "out"
    assert (question.dialogue, question.step) == ("value_prop", "problem")
    assert "Вопрос 2 из 5" in (question.text or "")
    pressed = [entry.text for entry in entries if entry.kind == "callback"]
    assert pressed == []  # consent was pressed before consent existed: not recorded
