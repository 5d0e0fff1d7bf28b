"""Clients in the export's scope, read in batches by id with each transcript streamed from SQL."""

from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import TranscriptEntry, User
from bot.documents.data.assemble import load_batch
from bot.documents.data.model import Client, Line, Scope
from bot.documents.data.records import from_row

BATCH_SIZE = 100  # clients whose propositions, interviews and check-ins are held at once
TRANSCRIPT_CHUNK = 1000  # transcript rows fetched from the cursor at a time
_T = TranscriptEntry


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


def profile(user: User) -> Client:
    """The user's profile, without what they did (``load_batch`` adds that)."""
    return from_row(Client, user)


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
        profiles = [profile(user) for user in await session.scalars(query)]
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
    batch = await load_batch(session, [profile(user)], scope)
    [client] = [complete async for complete in _with_transcripts(session, batch, scope)]
    return client
