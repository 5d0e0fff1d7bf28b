"""The question linter end to end: a founder adds their own questions in Russian and English and
sees issue 12's findings; the Mom Test closing question joins the script without a hint."""

from sqlalchemy import select

from bot.db.models import ScriptQuestion
from tests.e2e.harness import GOOD_EN, GOOD_RU, BotRunner, Founder
from tests.fakebotapi import FakeBotAPI


async def founder_questions(runner: BotRunner) -> list[ScriptQuestion]:
    query = select(ScriptQuestion).where(ScriptQuestion.origin == "founder")
    return list(await runner.rows(query))


async def test_russian_founder_sees_new_findings_and_adds_closing_question(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.consent()
    await anna.start_vp()
    for text in GOOD_RU.values():
        await anna.say(text)
    await anna.press("Всё верно", count=3)
    await anna.press("Проблемные интервью")
    await anna.press("Сценарий интервью")
    await anna.press("Да, «", count=4)  # the proposed topic
    await anna.press("Добавить вопрос")

    expected = {
        "вам сложно вести учёт закупок зерна?": "поставить себе диагноз",
        "Как думаете, другие кофейни стали бы за это платить?": "гадает за коллег и клиентов",
        "Сколько обычно берут за такую услугу?": "рыночных ценах",
        "купите подписку, когда мы запустимся? 🙏": "Просьба пообещать",
    }
    for question, explanation in expected.items():
        [hint] = await anna.say(question)
        assert "может испортить интервью" in hint.plain_text
        assert explanation in hint.plain_text, hint.plain_text
        assert question.split()[0] in hint.plain_text  # the founder's own words are quoted
        assert "Добавить как есть" in [button.text for button in anna._buttons(hint)]
    assert await founder_questions(runner) == []

    # A new version after the hints: the closing question passes clean and is added.
    [added] = await anna.say("С кем ещё мне стоит поговорить об этом?")
    assert "Добавил вопрос" in added.plain_text
    [question] = await founder_questions(runner)
    assert question.text == "С кем ещё мне стоит поговорить об этом?"
    assert question.kept_lint is None


async def test_english_founder_sees_new_findings_and_adds_closing_question(
    runner: BotRunner, api: FakeBotAPI, john: Founder
) -> None:
    await john.say("/start", count=2)
    await john.press("I accept", count=2)
    await john.say("Kazan coffee shops")
    for text in GOOD_EN.values():
        await john.say(text)
    await john.press("All correct", count=3)
    await john.press("Problem interviews")
    await john.press("Interview script")
    await john.press("Yes, “", count=4)  # the proposed topic
    await john.press("Add a question")

    expected = {
        "How big a problem is ordering beans for you, from 1 to 5?": "diagnose themselves",
        "Do you think other coffee shops would pay for this?": "guess for colleagues",
        "what do suppliers usually charge for delivery": "market prices",
        "will you sign up once it's ready?": "Asking for a promise",
    }
    for question, explanation in expected.items():
        [hint] = await john.say(question)
        assert "may spoil the interview" in hint.plain_text
        assert explanation in hint.plain_text, hint.plain_text
    # Kept despite the hint: stored with the rule the founder saw.
    [kept] = await john.press("Add it as it is")
    assert "Added question" in kept.plain_text
    [stored] = await founder_questions(runner)
    assert stored.kept_lint == "future_promise"

    await john.press("Add a question")
    [added] = await john.say("What else should I have asked?")
    assert "Added question" in added.plain_text
    texts = [question.text for question in await founder_questions(runner)]
    assert "What else should I have asked?" in texts
