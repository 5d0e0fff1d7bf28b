"""The question linter end to end: a founder adds their own questions in Russian and English and
sees issue 12's findings; the Mom Test closing question joins the script without a hint."""

from sqlalchemy import select

from bot.db.models import ScriptQuestion
from tests.e2e.harness import GOOD_EN, BotRunner, Founder
from tests.fakebotapi import SentMessage


async def founder_questions(runner: BotRunner) -> list[ScriptQuestion]:
    query = select(ScriptQuestion).where(ScriptQuestion.origin == "founder")
    return list(await runner.rows(query))


async def add_own_questions(founder: Founder, buttons: tuple[str, str, str, str]) -> None:
    """From the finished card: interviews → script → accept the proposed topic → add a question."""
    interviews, script, topic, add = buttons
    await founder.press(interviews)
    await founder.press(script)
    await founder.press(topic, count=4)
    await founder.press(add)


# Per language: the buttons from the card to a new question of the founder's own, what every
# hint says, and the questions typed with why each may spoil the interview.
BUTTONS = {
    "ru": ("Проблемные интервью", "Сценарий интервью", "Да, «", "Добавить вопрос"),
    "en": ("Problem interviews", "Interview script", "Yes, “", "Add a question"),
}
SPOILS = {"ru": "может испортить интервью", "en": "may spoil the interview"}
FINDINGS = {
    "ru": {
        "вам сложно вести учёт закупок зерна?": "поставить себе диагноз",
        "Как думаете, другие кофейни стали бы за это платить?": "гадает за коллег и клиентов",
        "Сколько обычно берут за такую услугу?": "рыночных ценах",
        "купите подписку, когда мы запустимся? 🙏": "Просьба пообещать",
    },
    "en": {
        "How big a problem is ordering beans for you, from 1 to 5?": "diagnose themselves",
        "Do you think other coffee shops would pay for this?": "guess for colleagues",
        "what do suppliers usually charge for delivery": "market prices",
        "will you sign up once it's ready?": "Asking for a promise",
    },
}


async def hints_for_own_questions(founder: Founder, lang: str) -> list[SentMessage]:
    """From the finished card, type each question of ``FINDINGS[lang]``; each gets a hint that
    it may spoil the interview, and why."""
    await add_own_questions(founder, BUTTONS[lang])
    hints = []
    for question, explanation in FINDINGS[lang].items():
        [hint] = await founder.say(question)
        assert SPOILS[lang] in hint.plain_text
        assert explanation in hint.plain_text, hint.plain_text
        hints.append(hint)
    return hints


async def test_russian_founder_sees_new_findings_and_adds_closing_question(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.finish_vp()
    hints = await hints_for_own_questions(anna, "ru")
    for question, hint in zip(FINDINGS["ru"], hints, strict=True):
        assert question.split()[0] in hint.plain_text  # the founder's own words are quoted
        assert "Добавить как есть" in [button.text for button in anna._buttons(hint)]
    assert await founder_questions(runner) == []

    # A new version after the hints: the closing question passes clean and is added.
    [added] = await anna.say("С кем ещё мне стоит поговорить об этом?")
    assert "Добавил вопрос" in added.plain_text
    [stored] = await founder_questions(runner)
    assert stored.text == "С кем ещё мне стоит поговорить об этом?"
    assert stored.kept_lint is None


async def test_english_founder_sees_new_findings_and_adds_closing_question(
    runner: BotRunner, john: Founder
) -> None:
    await john.finish_vp(GOOD_EN, name="Kazan coffee shops", confirm="All correct")
    await hints_for_own_questions(john, "en")
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
