"""/mydata end to end: everything stored about the founder, as a JSON and a Markdown document."""

import json
import re
from typing import Any

from sqlalchemy import select

from bot.db.models import InterviewScript
from bot.text.markdown import literal as md_text
from tests.e2e.harness import GOOD_RU, BotRunner, Founder
from tests.e2e.test_interview import log_interview
from tests.fakebotapi import FakeBotAPI, SentMessage
from tests.markdown_read import shown

EDITED_PROBLEM = "Молоко <скисает> & его выбрасывают: 10% закупки в неделю 🥛😱"
ADDED_QUESTION = "Сколько вы потратили на закупку зерна в прошлом месяце?"
RESPONDENT = "Ильдар, кофейня на Баумана"
SAID = "В прошлую пятницу закончилась арабика ☕"


async def founder_with_everything(founder: Founder) -> None:
    """A finished VP with an edited answer, a script with an added question, one interview."""
    await founder.consent()
    await founder.start_vp()
    for answer in GOOD_RU.values():
        await founder.say(answer)
    await founder.press("2. Проблема")
    [review] = await founder.say(EDITED_PROBLEM)
    assert "Проверьте ЦП" in review.plain_text
    await founder.press("Всё верно", count=3)
    await founder.press("Проблемные интервью")
    await founder.press("Сценарий интервью")
    await founder.press("Да, «", count=4)  # the proposed topic
    await founder.press("Добавить вопрос")
    [added] = await founder.say(ADDED_QUESTION)
    assert "Добавил вопрос" in added.plain_text
    await log_interview(founder, RESPONDENT, SAID, "Подтвердил")


async def export(founder: Founder) -> tuple[dict[str, Any], str, list[SentMessage]]:
    """/mydata → (the parsed JSON, the Markdown text, both messages)."""
    sent = await founder.say("/mydata", count=2)
    json_doc, md_doc = sent
    assert json_doc.kind == md_doc.kind == "document"
    assert json_doc.document is not None
    assert md_doc.document is not None
    assert (json_doc.document_filename or "").endswith(".json")
    assert (md_doc.document_filename or "").endswith(".md")
    return json.loads(json_doc.document), md_doc.document.decode("utf-8"), sent


async def test_mydata_returns_everything_as_json_and_markdown(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await founder_with_everything(anna)
    data, markdown, (json_doc, md_doc) = await export(anna)
    assert "JSON" in json_doc.plain_text
    assert "Markdown" in md_doc.plain_text

    assert data["profile"]["id"] == anna.id
    assert data["consent"]["version"] == 1
    assert data["consultant"] is None
    [vp] = data["value_propositions"]
    assert vp["status"] == "done"
    assert vp["answers"]["segment"] == GOOD_RU["segment"]
    assert vp["answers"]["problem"] == EDITED_PROBLEM
    problem_history = [r["text"] for r in vp["revisions"] if r["field"] == "problem"]
    assert problem_history == [GOOD_RU["problem"], EDITED_PROBLEM]
    # The topic the founder confirmed, as stored and as the script's questions name it.
    [script] = await runner.rows(select(InterviewScript))
    assert script.topic
    assert vp["interview_script"]["topic"] == script.topic
    assert f"Тема разговора: {md_text(script.topic)}" in markdown
    questions = vp["interview_script"]["questions"]
    assert any(script.topic in q["text"] for q in questions)
    assert len(questions) >= 15
    assert [q["text"] for q in questions if q["origin"] == "founder"] == [ADDED_QUESTION]
    [interview] = vp["interviews"]
    assert interview["respondent"] == RESPONDENT
    assert SAID in [note["said"] for note in interview["notes"]]
    assert "confirmed" in [note["verdict"] for note in interview["notes"]]
    incoming = [e["text"] for e in data["transcript"] if e["direction"] == "in"]
    outgoing = [e["text"] or "" for e in data["transcript"] if e["direction"] == "out"]
    assert EDITED_PROBLEM in incoming
    assert incoming[-1] == "/mydata"
    assert any("Добавил вопрос" in message for message in outgoing)

    assert markdown.startswith("# Ваши данные")
    for expected in (GOOD_RU["segment"], GOOD_RU["problem"], ADDED_QUESTION, RESPONDENT, SAID):
        assert md_text(expected) in markdown
    assert md_text(EDITED_PROBLEM) in markdown  # HTML characters escaped, emoji kept
    # The chat as Anna saw it: the bot's HTML as plain text, buttons by their labels, steps
    # by name (the tags, callback data and state codes are what is stored).
    for document in (json.dumps(data, ensure_ascii=False), markdown):
        assert "<b>" not in document
        assert not re.search(r"\[[a-z]+\d*:[^\]\s]*\]", document)
        assert "VpDialog" not in document
        assert "InterviewDialog" not in document
    presses = [e["text"] for e in data["transcript"] if e["kind"] == "callback"]
    assert "✅ Всё верно — сделать карточку" in presses
    assert "Ценностное предложение" in [e["dialogue"] for e in data["transcript"]]
    assert EDITED_PROBLEM in shown(markdown)
    assert "🥛😱" in markdown
    assert "## История переписки" in markdown
    assert "### 2026-11-26" in markdown
    assert "- **12:00:00 Вы:** /mydata" in markdown  # local time of the founder (Moscow)


async def test_mydata_without_consent_still_shows_the_profile(
    runner: BotRunner, api: FakeBotAPI, john: Founder
) -> None:
    await john.say("/start", count=2)
    data, markdown, _ = await export(john)
    assert data["profile"]["first_name"] == "John"
    assert data["consent"]["version"] is None
    assert data["transcript"] == []  # nothing is recorded before consent
    assert "## Chat history" in markdown
    assert "The data notice has not been accepted." in markdown
