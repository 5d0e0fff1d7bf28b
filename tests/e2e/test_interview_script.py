"""The interview script end to end in both languages: the bot proposes a topic from the problem,
the founder confirms it or types another, and the script names the customer's world, never
reads the founder's answers aloud, and says which hypothesis is still vague."""

import asyncio
import io

from pypdf import PdfReader
from sqlalchemy import select

from bot.db.models import InterviewScript, ScriptQuestion
from tests.e2e.coaching_helpers import Lang, consent
from tests.e2e.harness import BotRunner, Founder
from tests.fakebotapi import FakeBotAPI, SentMessage

PROBLEM = {
    "ru": "Пациенты забывают о приёме, и клиника теряет 3 окна в неделю",
    "en": "Patient reminders take the front desk two hours every day",
}
PROPOSED = {"ru": "пациенты", "en": "patient reminders"}
CONFIRM = {"ru": "Да, «", "en": "Yes, “"}


async def finished_with_vague_segment(founder: Founder, lang: Lang) -> None:
    """A vague segment kept despite coaching, a skipped situation, the rest answered."""
    await consent(founder, lang)
    await founder.say(lang.vague_segment)
    await founder.press(lang.keep)
    await founder.say(PROBLEM[lang.code])
    await founder.press(lang.skip)
    await founder.say(lang.good["benefit"])
    await founder.say(lang.good["control"])
    await founder.press(lang.confirm, count=3)
    await founder.press(lang.t("btn-iv-hub"))


def pdf_text(message: SentMessage) -> str:
    assert message.document is not None
    pages = PdfReader(io.BytesIO(message.document)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


async def test_topic_is_proposed_confirmed_and_names_the_customers_world(
    runner: BotRunner, api: FakeBotAPI, founder: Founder, lang: Lang
) -> None:
    t = lang.t
    await finished_with_vague_segment(founder, lang)
    [proposal] = await founder.press(t("btn-iv-script"))
    assert PROPOSED[lang.code] in proposal.plain_text
    assert await runner.count(ScriptQuestion) == 0  # nothing is built before the topic

    if lang.code == "ru":  # the founder types a better topic; a sticker is not a topic
        [ask] = await founder.press(t("btn-iv-topic-other"))
        assert "1–6 слов" in ask.plain_text
        api.send_sticker(founder.user)
        [please] = await api.wait_for_messages(founder.id, count=1)
        assert please.plain_text == t("iv-topic-text-please")
        [invalid] = await founder.say("x")
        assert "от 2 до 60 символов" in invalid.plain_text
        topic = "напоминания о приёме"
        created, script, markdown, pdf = await founder.say(f"«{topic}»", count=4)
    else:
        topic = PROPOSED["en"]
        created, script, markdown, pdf = await founder.press(CONFIRM["en"], count=4)

    [stored] = await runner.rows(select(InterviewScript))
    assert stored.topic == topic
    questions = await runner.rows(select(ScriptQuestion).order_by(ScriptQuestion.position))
    assert 10 <= len(questions) <= 20
    assert str(len(questions)) in created.plain_text

    # What the founder sees: the topic in the questions, the vague hypotheses named with what
    # to listen for, none of the founder's answers read out.
    text = script.plain_text
    assert t("script-topic", topic=topic) in text
    assert sum(topic in question.text for question in questions) >= 4
    assert (
        t(
            "script-unclear",
            label=t("vp-label-segment"),
            why="vague",
            listen=t("script-listen-segment"),
        )
        in text
    )
    assert t("script-listen-situation") in text
    assert PROBLEM[lang.code] not in text
    for question in questions:
        assert PROBLEM[lang.code] not in question.text
        assert lang.good["benefit"] not in question.text
    assert t("script-q-screening-size") in text  # the vague segment is screened openly
    # Every block says which hypothesis it tests.
    assert f"{t('script-section-decision')} · {t('script-tag-segment')}" in text
    assert f"{t('script-section-close')} · {t('script-tag-close')}" in text

    md = markdown.document.decode("utf-8") if markdown.document else ""
    assert f"**{t('vp-label-segment')}:** *" in md  # shown as "still vague", not quoted
    assert f"**{t('vp-label-segment')}:** {lang.vague_segment}\n" not in md
    assert PROBLEM[lang.code] in md  # a clear hypothesis is in the founder's document
    assert f"[{t('script-tag-problem')}\\]" in md
    in_pdf = pdf_text(pdf)
    assert topic in in_pdf
    assert f"[{t('script-tag-close')}]" in in_pdf

    # The proposal's buttons are old now: they change nothing.
    message = founder.message_with_button(t("btn-iv-topic-other"))
    update = api.press_button(founder.user, message, t("btn-iv-topic-other"))
    answer = await api.wait_callback_answer(update)
    assert answer.text == t("stale-button")
    await api.wait_for_messages(founder.id, count=0)
    # The script button shows the same script, no new topic question.
    [again] = await founder.press(t("btn-iv-script"))
    assert t("script-topic", topic=topic) in again.plain_text
    assert await runner.count(ScriptQuestion) == len(questions)


async def test_questions_move_and_are_deleted(
    runner: BotRunner, founder: Founder, lang: Lang
) -> None:
    t = lang.t
    await finished_with_vague_segment(founder, lang)
    await founder.press(t("btn-iv-script"))
    await founder.press(CONFIRM[lang.code], count=4)

    async def order(expected: list[int] | None = None) -> list[int]:
        """The question ids in script order, once they match ``expected`` (or after 3 s)."""
        for _ in range(30):
            rows = await runner.rows(select(ScriptQuestion).order_by(ScriptQuestion.position))
            ids = [question.id for question in rows]
            if expected in (None, ids):
                break
            await asyncio.sleep(0.1)
        return ids

    first, second, third, *rest = await order()
    opening = await runner.rows(select(ScriptQuestion.text).where(ScriptQuestion.id == first))
    await founder.press(t("btn-iv-edit"))
    await founder.press(f"1. {opening[0][:20]}")
    await founder.press("⬆️", count=0)  # already first: stays
    await founder.press("⬇️", count=0)
    assert await order([second, first, third, *rest]) == [second, first, third, *rest]
    await founder.press(t("btn-iv-delete"))
    assert await order([second, third, *rest]) == [second, third, *rest]
    positions = await runner.rows(
        select(ScriptQuestion.position).order_by(ScriptQuestion.position)
    )
    assert list(positions) == list(range(1, len(rest) + 3))
