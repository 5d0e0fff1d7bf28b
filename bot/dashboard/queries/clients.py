"""The clients table: one row per client with stage, activity, badges and flags; the funnel."""

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.consultant.clients import clients_of, facts_for
from bot.consultant.funnel import STAGES, Funnel, Stage, days_since, funnel, stage_of
from bot.dashboard.queries.evidence import statuses
from bot.db.models import TranscriptEntry, User, ValueProposition, VpStatus
from bot.value_prop.questions import Field

SESSION_REQUEST = "sr1:%"  # the transcript keeps the data of "Записаться на разбор" presses
SORTS = ("activity", "name", "stage")
PAGE_SIZE = 100  # rows per page: a phone scrolls, and a page renders in well under 300 ms


@dataclass(frozen=True)
class Filters:
    """What the consultant narrowed the table to (from the query string)."""

    stage: str | None = None
    stalled_days: int | None = None
    session_requested: bool = False
    sort: str = "activity"
    page: int = 0


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    username: str | None
    stage: Stage
    version: int
    last_seen_at: datetime
    idle_days: int
    vp_id: int  # the newest finished proposition (0: none), whose hypotheses the badges show
    statuses: tuple[tuple[Field, str], ...]
    blocked: bool
    stopped: bool  # /stop: no reminders at all
    quiet: bool  # reminders paused for now
    session_requested: bool


@dataclass(frozen=True)
class ClientsPage:
    rows: list[ClientRow]  # this page's, after filtering and sorting
    total: int  # the consultant's clients
    matched: int  # of them, those the filters keep
    first: int  # index of the first row shown
    funnel: Funnel

    @property
    def has_next(self) -> bool:
        return self.first + len(self.rows) < self.matched


def name_of(user: User) -> str:
    return " ".join(part for part in (user.first_name, user.last_name) if part) or str(user.id)


async def _current_versions(session: AsyncSession, ids: list[int]) -> dict[int, tuple[int, int]]:
    """{client: (proposition id, version)} of the newest finished proposition of each."""
    rows = await session.execute(
        select(ValueProposition.user_id, ValueProposition.id, ValueProposition.version)
        .where(ValueProposition.user_id.in_(ids), ValueProposition.status == VpStatus.DONE)
        .order_by(ValueProposition.completed_at, ValueProposition.id)
    )
    return {user_id: (vp_id, version) for user_id, vp_id, version in rows}


async def _session_requests(session: AsyncSession, ids: list[int]) -> set[int]:
    rows = await session.scalars(
        select(TranscriptEntry.user_id)
        .where(
            TranscriptEntry.user_id.in_(ids), TranscriptEntry.callback_data.like(SESSION_REQUEST)
        )
        .group_by(TranscriptEntry.user_id)
    )
    return set(rows.all())


def _keep(row: ClientRow, filters: Filters) -> bool:
    if filters.stage and row.stage.id != filters.stage:
        return False
    if filters.stalled_days is not None and row.idle_days < filters.stalled_days:
        return False
    return not filters.session_requested or row.session_requested


def _sort_key(row: ClientRow, sort: str) -> tuple[object, ...]:
    if sort == "name":
        return (row.name.casefold(), row.id)
    if sort == "stage":
        return (-STAGES.index(row.stage.id), -row.stage.number, row.name.casefold())
    return (-row.last_seen_at.timestamp(), row.id)


async def clients_page(
    session: AsyncSession,
    *,
    scope: int | None,
    filters: Filters,
    now: datetime,
    page_size: int | None = PAGE_SIZE,
) -> ClientsPage:
    """One page of rows after filtering and sorting (``page_size`` None: all of them); the
    funnel is over all of the consultant's clients. Badges are read for the rows shown only."""
    clients = await clients_of(session, scope)
    ids = [client.id for client in clients]
    facts = await facts_for(session, clients)
    current = await _current_versions(session, ids)
    requested = await _session_requests(session, ids)
    rows = []
    for client in clients:
        vp_id, version = current.get(client.id, (0, 0))
        paused = client.reminders_paused_until
        rows.append(
            ClientRow(
                id=client.id,
                name=name_of(client),
                username=client.username,
                stage=stage_of(facts[client.id]),
                version=version,
                last_seen_at=client.last_seen_at,
                idle_days=days_since(client.last_seen_at, now),
                vp_id=vp_id,
                statuses=(),
                blocked=client.blocked_at is not None,
                stopped=client.reminders_off,
                quiet=paused is not None and paused > now,
                session_requested=client.id in requested,
            )
        )
    kept = sorted((r for r in rows if _keep(r, filters)), key=lambda r: _sort_key(r, filters.sort))
    last_page = 0 if page_size is None else max(len(kept) - 1, 0) // page_size
    first = 0 if page_size is None else min(filters.page, last_page) * page_size
    shown = kept if page_size is None else kept[first : first + page_size]
    badges = await statuses(session, [row.vp_id for row in shown if row.vp_id])
    shown = [replace(row, statuses=badges.get(row.vp_id, ())) for row in shown]
    return ClientsPage(shown, len(clients), len(kept), first, funnel(list(facts.values())))
