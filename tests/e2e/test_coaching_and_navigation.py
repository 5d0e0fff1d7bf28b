"""Coaching asks once for a sharper answer; back, skip and edit keep every version."""

from sqlalchemy import select

from bot.db.models import AnswerRevision, ValueProposition
from tests.e2e.harness import GOOD_RU, BotRunner, Founder


async def revisions(runner: BotRunner, field: str) -> list[AnswerRevision]:
    return await runner.rows(
        select(AnswerRevision).where(AnswerRevision.field == field).order_by(AnswerRevision.id)
    )


async def test_vague_segment_is_questioned_once_and_can_be_kept(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.begin_vp()
    [coaching] = await anna.say("все")
    assert "слишком широкий" in coaching.plain_text
    assert [button.text for button in anna._buttons(coaching)] == ["Оставить как есть"]
    [question] = await anna.press("Оставить как есть")
    assert "Вопрос 2 из 5" in question.plain_text
    [segment] = await revisions(runner, "segment")
    assert segment.text == "все"
    assert segment.kept_finding == "segment_too_broad"


async def test_solution_in_disguise_is_coached_until_sharper_and_only_that_is_stored(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.begin_answered("segment")
    [coaching] = await anna.say("нужен сайт")
    assert "решение" in coaching.plain_text
    # Still a solution: coached again, not accepted silently.
    [again] = await anna.say("нужен сайт и CRM")
    assert "Вы написали: «нужен сайт и CRM»" in again.plain_text
    assert await revisions(runner, "problem") == []
    [question] = await anna.answer("problem")
    assert "Вопрос 3 из 5" in question.plain_text
    assert [revision.text for revision in await revisions(runner, "problem")] == [
        GOOD_RU["problem"]
    ]


async def test_back_shows_the_saved_answer_and_skip_is_shown_on_review(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.begin_answered("segment", "problem")
    [question] = await anna.press("Назад")
    assert "Вопрос 2 из 5" in question.plain_text
    assert "Сейчас записано: " + GOOD_RU["problem"] in question.plain_text
    [question] = await anna.press("Пропустить")  # keeps the saved answer
    assert "Вопрос 3 из 5" in question.plain_text
    [question] = await anna.press("Пропустить")
    assert "Вопрос 4 из 5" in question.plain_text
    await anna.answer("benefit")
    [review] = await anna.answer("control")
    assert "3. Ситуация\nпропущено" in review.plain_text
    assert GOOD_RU["problem"] in review.plain_text
    [situation] = await revisions(runner, "situation")
    assert situation.skipped
    assert situation.text is None


async def test_edit_on_review_keeps_history(runner: BotRunner, anna: Founder) -> None:
    await anna.begin_vp()
    await anna.answer_all()
    [prompt] = await anna.press("2. Проблема")
    assert "Новая версия ответа «Проблема»" in prompt.plain_text
    assert [button.text for button in anna._buttons(prompt)] == ["Отменить правку"]
    new_problem = "Каждую неделю выбрасывают 10% молока, потому что заказывают на глаз"
    [review] = await anna.say(new_problem)
    assert new_problem in review.plain_text
    assert GOOD_RU["problem"] not in review.plain_text
    history = [revision.text for revision in await revisions(runner, "problem")]
    assert history == [GOOD_RU["problem"], new_problem]
    [prompt] = await anna.press("1. Сегмент")
    [review] = await anna.press("Отменить правку")
    assert "Проверьте ЦП" in review.plain_text


async def test_several_value_propositions_each_with_a_name(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.finish_vp(name="Кофейни")
    [ask_name] = await anna.press("Новое ЦП")
    assert "Как назовём" in ask_name.plain_text
    [question] = await anna.press("Назову потом")
    assert "Вопрос 1 из 5" in question.plain_text
    await anna.say("Пекарни Казани, где владелец сам стоит за кассой")
    [listing] = await anna.say("/list")
    names = [button.text for button in anna._buttons(listing)]
    assert names[0] == "✅ Кофейни"
    assert names[1] == "✏️ Пекарни Казани, где владелец сам стоит…"  # named after the segment
    vps = await runner.rows(select(ValueProposition).order_by(ValueProposition.id))
    assert [vp.status for vp in vps] == ["done", "draft"]
    # The finished one opens as its card again.
    _, card_image = await anna.press("✅ Кофейни", count=2)
    assert card_image.photo is not None
