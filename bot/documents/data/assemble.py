"""Loads one batch of clients' propositions, answers, interviews and check-ins in a few queries."""

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import (
    AnswerRevision,
    CheckinNote,
    Interview,
    InterviewScript,
    ValueProposition,
)
from bot.documents.data.model import (
    Answer,
    Checkin,
    Client,
    InterviewRow,
    Note,
    Proposition,
    Revision,
    Scope,
)
from bot.documents.data.records import from_row
from bot.interview.log.service import records
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.model import Synthesis
from bot.value_prop.questions import Field

_FIELDS = {field.value: field for field in Field}
_VP = ValueProposition
_REVISION = AnswerRevision


def _within(at: datetime, since: datetime | None) -> bool:
    return since is None or at >= since


def _interview(row: Interview) -> InterviewRow:
    notes = tuple(from_row(Note, note) for note in row.notes)
    return from_row(InterviewRow, row, notes=notes)


def _synthesis(answers: dict[Field, Answer], interviews: Sequence[Interview]) -> Synthesis | None:
    hypotheses = {field: None if a.skipped else a.text for field, a in answers.items()}
    try:
        return synthesize(hypotheses, records(interviews))
    except ValueError:  # a verdict or commitment outside the known values: no synthesis
        return None


def _proposition(
    vp: ValueProposition,
    revisions: Sequence[Any],
    interviews: Sequence[Interview],
    scope: Scope,
    topic: str | None,
) -> Proposition:
    versions: Counter[str] = Counter()
    history: list[Revision] = []
    for row in revisions:  # in id order, so versions count up in the order they were given
        versions[row.field] += 1
        version, skipped = versions[row.field], bool(row.skipped)
        history.append(from_row(Revision, row, version=version, skipped=skipped))
    latest = {revision.field: revision for revision in history}
    answers = {
        _FIELDS[code]: Answer(r.text, r.skipped, r.kept_finding, r.created_at, versions[code])
        for code, r in latest.items()
        if code in _FIELDS
    }
    return from_row(
        Proposition,
        vp,
        answers=answers,
        revision_total=len(history),
        interviews_done=sum(1 for interview in interviews if interview.status == "done"),
        revisions=tuple(r for r in history if _within(r.created_at, scope.since)),
        interviews=tuple(_interview(i) for i in interviews if _within(i.created_at, scope.since)),
        synthesis=_synthesis(answers, interviews),
        version=vp.version,
        parent_id=vp.parent_id,
        script_topic=topic,
    )


async def _propositions(
    session: AsyncSession, ids: list[int], scope: Scope
) -> dict[int, list[Proposition]]:
    vps = list(await session.scalars(select(_VP).where(_VP.user_id.in_(ids)).order_by(_VP.id)))
    vp_ids = [vp.id for vp in vps]
    revisions: dict[int, list[Any]] = defaultdict(list)  # Rows of revision columns
    interviews: dict[int, list[Interview]] = defaultdict(list)
    topics: dict[int, str | None] = {}
    if vp_ids:
        columns = (_REVISION.id, _REVISION.value_proposition_id, _REVISION.field, _REVISION.text)
        query = select(*columns, _REVISION.skipped, _REVISION.kept_finding, _REVISION.created_at)
        query = query.where(_REVISION.value_proposition_id.in_(vp_ids)).order_by(_REVISION.id)
        for row in (await session.execute(query)).all():
            revisions[row.value_proposition_id].append(row)
        loaded = await session.scalars(
            select(Interview)
            .where(Interview.value_proposition_id.in_(vp_ids))
            .options(selectinload(Interview.notes))
            .order_by(Interview.id)
        )
        for interview in loaded:
            interviews[interview.value_proposition_id].append(interview)
        script = InterviewScript
        scripts = select(script.value_proposition_id, script.topic)
        found = await session.execute(scripts.where(script.value_proposition_id.in_(vp_ids)))
        topics.update((vp_id, topic) for vp_id, topic in found)
    result: dict[int, list[Proposition]] = defaultdict(list)
    for vp in vps:
        own = (revisions[vp.id], interviews[vp.id])
        result[vp.user_id].append(_proposition(vp, *own, scope, topics.get(vp.id)))
    return result


async def _checkins(
    session: AsyncSession, ids: list[int], scope: Scope
) -> dict[int, list[Checkin]]:
    query = select(CheckinNote).where(CheckinNote.user_id.in_(ids)).order_by(CheckinNote.id)
    if scope.since is not None:
        query = query.where(CheckinNote.created_at >= scope.since)
    result: dict[int, list[Checkin]] = defaultdict(list)
    for note in await session.scalars(query):
        result[note.user_id].append(from_row(Checkin, note))
    return result


async def load_batch(
    session: AsyncSession, clients: Sequence[Client], scope: Scope
) -> list[Client]:
    """The clients (profiles only) completed with their propositions and check-ins."""
    ids = [client.id for client in clients]
    propositions = await _propositions(session, ids, scope)
    checkins = await _checkins(session, ids, scope)
    return [
        replace(
            client,
            propositions=tuple(propositions.get(client.id, ())),
            checkins=tuple(checkins.get(client.id, ())),
        )
        for client in clients
    ]
