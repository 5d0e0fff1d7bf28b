"""The structural answer checks through the real dispatcher: each field's vague case from issue 12
is coached in both languages, the kept answer is stored with its reason, and a short specific
segment passes without coaching."""

import pytest
from sqlalchemy import select

from bot.db.models import AnswerRevision
from tests.e2e.harness import BotRunner, Founder

# One vague answer per question, in order, and the reason it is kept with.
VAGUE = {
    "ru": [
        ("все, кто хочет похудеть", "segment_too_broad"),
        ("им нужен маркетолог", "problem_is_solution"),
        ("когда возникает необходимость", "situation_no_trigger"),
        ("сэкономят время", "benefit_generic"),
        ("довольных клиентов будет 95%", "control_no_source"),
    ],
    "en": [
        ("anyone who needs a lawyer", "segment_too_broad"),
        ("they need a marketer", "problem_is_solution"),
        ("when it gets hectic", "situation_no_trigger"),
        ("more convenience", "benefit_generic"),
        ("we'll check in with them", "control_promise"),
    ],
}
KEEP = {"ru": "Оставить как есть", "en": "Keep it as it is"}
FIELDS = ["segment", "problem", "situation", "benefit", "control"]


@pytest.mark.parametrize("lang", ["ru", "en"])
async def test_each_vague_case_is_coached_and_kept_with_its_reason(
    runner: BotRunner, anna: Founder, john: Founder, lang: str
) -> None:
    founder = anna if lang == "ru" else john
    await founder.consent()
    await founder.start_vp("Pilot")
    for text, _ in VAGUE[lang]:
        [coaching] = await founder.say(text)
        assert [button.text for button in founder._buttons(coaching)] == [KEEP[lang]]
        await founder.press(KEEP[lang])
    rows = await runner.rows(select(AnswerRevision).order_by(AnswerRevision.id))
    kept = {row.field: (row.text, row.kept_finding) for row in rows}
    assert kept == dict(zip(FIELDS, VAGUE[lang], strict=True))


async def test_short_specific_segment_passes_without_coaching(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.consent()
    await anna.start_vp()
    [question] = await anna.say("онлайн-школы по программированию для детей")
    assert "Вопрос 2 из 5" in question.plain_text
