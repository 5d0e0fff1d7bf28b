"""One client: propositions with their versions side by side, the evidence, the interviews."""

from dataclasses import dataclass
from datetime import date, datetime

from bot.db.models import User, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.interview.log import service as log_service
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.model import FieldSynthesis
from bot.value_prop.questions import FIELDS, Field
from bot.value_prop.service import snapshot
from bot.value_prop.versions.lineage import lineages


@dataclass(frozen=True)
class VersionView:
    id: int
    version: int
    status: str
    answers: dict[Field, str | None]  # None: skipped or not answered yet


@dataclass(frozen=True)
class InterviewView:
    respondent: str
    held_on: date | None
    segment_fit: str | None
    commitment: str | None
    key_quote: str | None


@dataclass(frozen=True)
class PropositionView:
    """A proposition's versions (oldest first) and the evidence of the newest finished one."""

    name: str
    versions: list[VersionView]
    evidence: list[FieldSynthesis]
    interviews: list[InterviewView]


@dataclass(frozen=True)
class ClientView:
    id: int
    name: str
    username: str | None
    created_at: datetime
    last_seen_at: datetime
    propositions: list[PropositionView]
    has_card: bool


async def _version(repo: Repositories, vp: ValueProposition) -> VersionView:
    current = await snapshot(repo, vp)
    answers = {
        field: None if (a := current.answers.get(field)) is None or a.skipped else a.text
        for field in FIELDS
    }
    return VersionView(vp.id, vp.version, vp.status, answers)


async def _proposition(repo: Repositories, group: list[ValueProposition]) -> PropositionView:
    versions = [await _version(repo, vp) for vp in group]
    done = [vp for vp in group if vp.status == VpStatus.DONE]
    evidence: list[FieldSynthesis] = []
    interviews: list[InterviewView] = []
    if done:
        newest = done[-1]
        rows = await repo.interviews.interviews_for(newest.id, done_only=True)
        hypotheses = next(v.answers for v in versions if v.id == newest.id)
        if rows:
            evidence = synthesize(hypotheses, log_service.records(rows)).fields
        interviews = [
            InterviewView(i.respondent, i.held_on, i.segment_fit, i.commitment, i.key_quote)
            for i in rows
        ]
    return PropositionView(group[-1].name, versions, evidence, interviews)


async def client_view(repo: Repositories, client: User) -> ClientView:
    groups = lineages(await repo.value_props.all_for_user(client.id, abandoned=False))
    propositions = [await _proposition(repo, group) for group in groups]
    return ClientView(
        id=client.id,
        name=" ".join(p for p in (client.first_name, client.last_name) if p) or str(client.id),
        username=client.username,
        created_at=client.created_at,
        last_seen_at=client.last_seen_at,
        propositions=propositions,
        has_card=any(v.status == VpStatus.DONE for p in propositions for v in p.versions),
    )


async def newest_finished(repo: Repositories, client_id: int) -> ValueProposition | None:
    """The proposition whose card the page shows: the newest finished version."""
    done = [
        vp
        for vp in await repo.value_props.all_for_user(client_id, abandoned=False)
        if vp.status == VpStatus.DONE
    ]
    return max(done, key=lambda vp: (vp.completed_at or vp.created_at, vp.id), default=None)
