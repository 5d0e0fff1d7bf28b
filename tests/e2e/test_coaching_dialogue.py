"""The coaching dialogue, in Russian and English: non-answers, coaching again, edits, examples."""

from sqlalchemy import select

from bot.db.models import AnswerRevision, TranscriptEntry
from bot.value_prop.questions import Field
from tests.e2e.coaching_helpers import Lang, consent, revisions, shown_example
from tests.e2e.harness import BotRunner, Founder


async def test_non_answers_get_the_hint_and_a_fresh_example_and_nothing_is_stored(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    question = founder.api.messages(founder.id)[-1]
    examples = [shown_example(question.plain_text, lang)]
    hint = lang.t("vp-hint-segment")
    for text in (lang.question_back, lang.dont_know, lang.help):
        [reply] = await founder.say(text)
        assert hint in reply.plain_text
        assert lang.t("vp-q-segment").split(">")[1].split("<")[0] in reply.plain_text
        examples.append(shown_example(reply.plain_text, lang))
        assert examples[-1] != examples[-2], "each time a different example"
        assert lang.q(2) not in reply.plain_text  # still on the first question
    assert len(set(examples)) == len(examples)
    assert await runner.count(AnswerRevision) == 0
    said = await runner.rows(select(TranscriptEntry.text).where(TranscriptEntry.direction == "in"))
    assert {lang.question_back, lang.dont_know, lang.help} <= set(said)  # logged, not answers
    [question] = await founder.say(lang.good["segment"])
    assert lang.q(2) in question.plain_text
    [segment] = await revisions(runner, "segment")
    assert segment.text == lang.good["segment"]


async def test_typed_back_goes_to_the_previous_question(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    [first_again, question] = await founder.say(lang.back, count=2)
    assert first_again.plain_text == lang.t("vp-back-first")
    assert lang.q(1) in question.plain_text
    await founder.say(lang.good["segment"])
    [question] = await founder.say(lang.back)
    assert lang.q(1) in question.plain_text
    assert lang.good["segment"] in question.plain_text  # the saved answer is shown
    assert await runner.count(AnswerRevision) == 1  # "back" itself is not an answer


async def test_second_vague_answer_is_coached_again_and_can_be_kept(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    [first] = await founder.say(lang.vague_segment)
    assert f"{lang.vague_segment}" in first.plain_text  # the founder's own words
    assert [button.text for button in founder._buttons(first)] == [lang.keep]
    [second] = await founder.say(lang.vaguer_segment)
    assert lang.t("coach-again") in second.plain_text
    assert lang.vaguer_segment in second.plain_text
    assert lang.t("coach-segment-too-broad").splitlines()[0] in second.plain_text
    assert [button.text for button in founder._buttons(second)] == [lang.keep]
    assert await runner.count(AnswerRevision) == 0  # vague answers wait for a decision
    [question] = await founder.press(lang.keep)
    assert lang.q(2) in question.plain_text
    [segment] = await revisions(runner, "segment")
    assert segment.text == lang.vaguer_segment
    assert segment.kept_finding == "segment_too_broad"


async def test_vague_edit_keeps_the_cancel_and_the_previous_answer(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    await founder.answer_all(lang.good)
    [prompt] = await founder.press(lang.edit_segment)
    assert lang.t("vp-hint-segment") in prompt.plain_text  # like the first ask
    assert lang.example in prompt.plain_text
    [coaching] = await founder.say(lang.vague_segment)
    assert [button.text for button in founder._buttons(coaching)] == [
        lang.keep,
        lang.cancel_edit,
    ]
    [review] = await founder.press(lang.cancel_edit)
    assert lang.review in review.plain_text
    assert lang.good["segment"] in review.plain_text
    assert lang.sharpen not in review.plain_text
    assert [r.text for r in await revisions(runner, "segment")] == [lang.good["segment"]]
    # A vague edit the founder keeps replaces the answer, visibly marked.
    await founder.press(lang.edit_segment)
    await founder.say(lang.vague_segment)
    [review] = await founder.press(lang.keep)
    assert f"1. {lang.t('vp-label-segment')} · ⚠️ {lang.sharpen}\n{lang.vague_segment}" in (
        review.plain_text
    )
    history = await revisions(runner, "segment")
    assert [(r.text, r.kept_finding) for r in history] == [
        (lang.good["segment"], None),
        (lang.vague_segment, "segment_too_broad"),
    ]


async def test_typed_back_in_an_edit_returns_to_the_review_unchanged(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    await founder.answer_all(lang.good)
    await founder.press(lang.edit_segment)
    [reply] = await founder.say(lang.dont_know)
    assert [button.text for button in founder._buttons(reply)] == [lang.cancel_edit]
    [review] = await founder.say(lang.back)
    assert lang.review in review.plain_text
    assert lang.good["segment"] in review.plain_text
    assert await runner.count(AnswerRevision) == 5


async def test_coaching_quotes_the_founder_and_examples_fit_the_segment(
    founder: Founder, lang: Lang
) -> None:
    await consent(founder, lang)
    [question] = await founder.say(lang.dental_segment)  # a clinic: the services industry
    assert lang.q(2) in question.plain_text
    services = {lang.example_text(f"services-{n}", Field.PROBLEM) for n in (1, 2)}
    assert shown_example(question.plain_text, lang) in services
    [coaching] = await founder.say(lang.vague_problem)
    assert lang.t("coach-you-wrote", answer=lang.vague_problem) in coaching.plain_text
    assert shown_example(coaching.plain_text, lang) in services
    assert shown_example(coaching.plain_text, lang) != shown_example(question.plain_text, lang)
    for stock in ("«нужен сайт»", "“need a website”", "кофе", "coffee"):
        assert stock not in coaching.plain_text
