"""Script use cases: generate once from the proposition, then add, move and delete questions."""

from datetime import datetime

from bot.db.models import InterviewScript, ScriptQuestion, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.interview.script.generate import (
    Proposition,
    ScriptDocument,
    ScriptItem,
    build_document,
    build_script,
)
from bot.interview.script.topic import propose_topic
from bot.value_prop.questions import Field
from bot.value_prop.service import VpSnapshot, snapshot

# Founder-written questions go before these sections, so the close stays last.
INSERT_BEFORE_SECTIONS = ("commitment", "close")
FOUNDER_SECTION = "founder"


def proposition(current: VpSnapshot) -> Proposition:
    """The answers as the script builder sees them; "to sharpen" ones count as vague."""
    vague = frozenset(
        field for field, a in current.answers.items() if a.kept_finding and not a.skipped
    )
    return Proposition(answers=current.hypotheses(), vague=vague)


async def proposed_topic(repo: Repositories, *, vp: ValueProposition) -> str | None:
    """The topic the bot offers, from the problem answer unless that was kept vague."""
    return propose_topic(proposition(await snapshot(repo, vp)).usable(Field.PROBLEM))


async def ensure_script(
    repo: Repositories,
    *,
    vp: ValueProposition,
    t: Translator,
    now: datetime,
    topic: str | None = None,
) -> tuple[InterviewScript, bool]:
    """The proposition's script, generated the first time with ``topic`` (else the proposed
    one, else a neutral wording); (script, created)."""
    script = await repo.interviews.script_for(vp.id)
    if script is not None:
        return script, False
    prop = proposition(await snapshot(repo, vp))
    topic = topic or propose_topic(prop.usable(Field.PROBLEM))
    script = await repo.interviews.create_script(vp_id=vp.id, language=t.language, now=now)
    script.topic = topic
    wording = topic or t("script-topic-fallback")
    for position, item in enumerate(build_script(prop, wording, t), start=1):
        await repo.interviews.add_question(
            ScriptQuestion(
                script_id=script.id,
                position=position,
                section=item.section,
                field=item.field.value if item.field else None,
                text=item.text,
                origin="generated",
                created_at=now,
            )
        )
    await repo.flush()
    return script, True


async def _renumber(
    repo: Repositories, script: InterviewScript, questions: list[ScriptQuestion], now: datetime
) -> None:
    """Store the questions' new order: positions from 1, the script changed ``now``."""
    for position, question in enumerate(questions, start=1):
        question.position = position
    script.updated_at = now
    await repo.flush()


async def add_question(
    repo: Repositories, *, script: InterviewScript, text: str, kept_lint: list[str], now: datetime
) -> int:
    """Add a founder's question before the commitment part; returns its number in the script."""
    questions = await repo.interviews.questions(script.id)
    index = next(
        (i for i, q in enumerate(questions) if q.section in INSERT_BEFORE_SECTIONS), len(questions)
    )
    question = ScriptQuestion(
        script_id=script.id,
        position=0,
        section=FOUNDER_SECTION,
        text=text,
        origin="founder",
        kept_lint=",".join(kept_lint) or None,
        created_at=now,
    )
    await repo.interviews.add_question(question)
    questions.insert(index, question)
    await _renumber(repo, script, questions, now)
    return index + 1


async def move_question(
    repo: Repositories,
    *,
    script: InterviewScript,
    question: ScriptQuestion,
    delta: int | None,
    now: datetime,
) -> None:
    """Move a question of ``script`` up (-1) or down (+1), or delete it (None)."""
    questions = await repo.interviews.questions(script.id)
    index = next(i for i, q in enumerate(questions) if q.id == question.id)
    moved = questions.pop(index)
    if delta is None:
        await repo.interviews.delete_question(moved)
    else:
        questions.insert(max(0, min(len(questions), index + delta)), moved)
    await _renumber(repo, script, questions, now)


async def document(
    repo: Repositories, *, vp: ValueProposition, script: InterviewScript, t: Translator
) -> ScriptDocument:
    """The script as a document to keep open during a call."""
    items = [
        ScriptItem(section=q.section, text=q.text, field=Field(q.field) if q.field else None)
        for q in await repo.interviews.questions(script.id)
    ]
    prop = proposition(await snapshot(repo, vp))
    doc = build_document(prop, t, vp_name=vp.name, topic=script.topic, items=items)
    doc.title = t("iv-script-title")
    return doc
