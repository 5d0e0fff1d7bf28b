"""Clients in the export's scope, read in batches by id: each batch's propositions, answers,
interviews and check-ins in a few queries, each transcript streamed from SQL."""

from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import (
    AnswerRevision,
    CheckinNote,
    Interview,
    InterviewScript,
    TranscriptEntry,
    User,
    ValueProposition,
)
from bot.documents.data.model import (
    Answer,
    Checkin,
    Client,
    InterviewRow,
    Line,
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

BATCH_SIZE = 100  # clients whose propositions, interviews and check-ins are held at once
TRANSCRIPT_CHUNK = 1000  # transcript rows fetched from the cursor at a time
# What a failed read raises, for callers that report it (the CLI) without naming SQLAlchemy.
DatabaseError = SQLAlchemyError
_FIELDS = {field.value: field for field in Field}
_VP = ValueProposition
_REVISION = AnswerRevision
_T = TranscriptEntry


def missing_database_file(url: str) -> str | None:
    """A SQLite file that does not exist (connecting would create an empty one), or None."""
    parsed = make_url(url)
    name = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or name in {"", ":memory:"}:
        return None
    if name.startswith("file:") or Path(name).expanduser().is_file():
        return None
    return f"database file {name} not found (check DATABASE_URL)"


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


def _in_scope(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.consultant_id is not None:
        conditions.append(User.consultant_id == scope.consultant_id)
    if scope.user_ids is not None:
        conditions.append(User.id.in_(scope.user_ids))
    return conditions


async def count_clients(session: AsyncSession, scope: Scope) -> int:
    """How many clients the export will have (for progress reporting)."""
    total = await session.scalar(select(func.count()).select_from(User).where(*_in_scope(scope)))
    return int(total or 0)


async def _with_transcripts(
    session: AsyncSession, clients: Sequence[Client], scope: Scope
) -> AsyncIterator[Client]:
    """The clients in order, each completed with its transcript as the cursor passes it."""
    columns = (_T.user_id, _T.id, _T.at, _T.direction, _T.kind, _T.dialogue, _T.step, _T.text)
    query = (
        select(*columns, _T.telegram_message_id, _T.update_id)
        .where(_T.user_id.in_([client.id for client in clients]))
        .order_by(_T.user_id, _T.at, _T.id)
        .execution_options(yield_per=TRANSCRIPT_CHUNK)
    )
    if scope.since is not None:
        query = query.where(_T.at >= scope.since)
    waiting = iter(clients)  # ordered by id, like the transcript rows by user_id
    current: Client | None = None
    lines: list[Line] = []
    result = await session.stream(query)
    try:
        # A partition at a time: iterating row by row would switch greenlets for every row.
        async for partition in result.partitions():
            for row in partition:
                if current is None or row.user_id != current.id:
                    if current is not None:
                        yield replace(current, transcript=tuple(lines))
                    lines = []
                    for client in waiting:
                        if client.id == row.user_id:
                            current = client
                            break
                        yield client  # no transcript in the scope
                values: tuple[Any, ...] = tuple(row)[1:]  # Line's fields, in order
                lines.append(Line(*values))
    finally:
        await result.close()
    if current is not None:
        yield replace(current, transcript=tuple(lines))
    for client in waiting:
        yield client


async def iter_clients(
    session: AsyncSession, scope: Scope, *, batch_size: int = BATCH_SIZE
) -> AsyncIterator[Client]:
    """Every client in the scope by id; memory holds one batch and one transcript at a time."""
    after: int | None = None
    while True:
        query = select(User).where(*_in_scope(scope)).order_by(User.id).limit(batch_size)
        if after is not None:
            query = query.where(User.id > after)
        profiles = [from_row(Client, user) for user in await session.scalars(query)]
        if not profiles:
            return
        batch = await load_batch(session, profiles, scope)
        session.expunge_all()  # nothing read is kept in the identity map between batches
        async for client in _with_transcripts(session, batch, scope):
            yield client
        after = profiles[-1].id


async def read_client(session: AsyncSession, user: User) -> Client:
    """One user with their whole history (for /mydata); unlike ``iter_clients`` it leaves the
    session's identity map as it was (the handler's unit of work goes on using it)."""
    scope = Scope(user_ids=(user.id,))
    batch = await load_batch(session, [from_row(Client, user)], scope)
    [client] = [complete async for complete in _with_transcripts(session, batch, scope)]
    return client
