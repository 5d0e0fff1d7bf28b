"""Value-proposition use cases over the repositories; returns plain dataclasses."""

from dataclasses import dataclass, replace
from datetime import datetime

from bot.db.models import ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.value_prop.questions import FIELDS, Field
from bot.value_prop.versions.service import PriorVersion, prior


@dataclass(frozen=True)
class Answer:
    field: Field
    text: str | None
    skipped: bool
    kept_finding: str | None = None


@dataclass(frozen=True)
class VpSnapshot:
    """A value proposition with its current answers (the latest revision of each)."""

    id: int
    name: str
    status: str
    answers: dict[Field, Answer]
    version: int = 1
    # While a revision is answered: the version it revises, with the customers' words.
    previous: PriorVersion | None = None

    def first_open_field(self) -> Field | None:
        """The first question without an answer (skips count as answered)."""
        return next((field for field in FIELDS if field not in self.answers), None)

    def texts(self) -> dict[Field, str | None]:
        return {field: answer.text for field, answer in self.answers.items()}

    def answered(self, field: Field, text: str, *, name: str) -> "VpSnapshot":
        """This snapshot once ``text`` is recorded as the answer to ``field`` and the
        proposition is called ``name`` (saves reading it back)."""
        answer = Answer(field=field, text=text, skipped=False)
        return replace(self, name=name, answers={**self.answers, field: answer})


async def snapshot(repo: Repositories, vp: ValueProposition) -> VpSnapshot:
    revisions = await repo.value_props.revisions(vp.id)
    answers: dict[Field, Answer] = {}
    for revision in revisions:  # ordered by id: later revisions win
        field = Field(revision.field)
        answers[field] = Answer(
            field=field,
            text=revision.text,
            skipped=revision.skipped,
            kept_finding=revision.kept_finding,
        )
    return VpSnapshot(
        id=vp.id,
        name=vp.name,
        status=vp.status,
        answers=answers,
        version=vp.version,
        previous=await _previous(repo, vp),
    )


async def _previous(repo: Repositories, vp: ValueProposition) -> PriorVersion | None:
    """What a revision being answered starts from; finished versions do not need it."""
    open_ = vp.status in (VpStatus.DRAFT, VpStatus.REVIEW)
    return await prior(repo, vp.parent_id) if open_ and vp.parent_id is not None else None


async def start(repo: Repositories, *, user_id: int, name: str, now: datetime) -> ValueProposition:
    return await repo.value_props.create(user_id=user_id, name=name, now=now)


async def record_answer(
    repo: Repositories,
    *,
    vp: ValueProposition,
    field: Field,
    text: str,
    now: datetime,
    kept_finding: str | None = None,
) -> None:
    """Store a new version of an answer; ``kept_finding`` when kept despite that coaching.

    Like every write here, it is committed with the update's transaction, at the latest before
    the next reply goes out (bot.db.unit_of_work).
    """
    await repo.value_props.add_revision(
        vp, field=field, text=text, skipped=False, now=now, kept_finding=kept_finding
    )


async def record_skip(
    repo: Repositories, *, vp: ValueProposition, field: Field, now: datetime
) -> None:
    await repo.value_props.add_revision(vp, field=field, text=None, skipped=True, now=now)


async def keep_previous(
    repo: Repositories,
    *,
    vp: ValueProposition,
    field: Field,
    previous: PriorVersion,
    now: datetime,
) -> bool:
    """Copy the previous version's answer of ``field`` into ``vp``; False when it had none."""
    answer = previous.answers.get(field)
    if answer is None:
        return False
    await repo.value_props.add_revision(
        vp,
        field=field,
        text=answer.text,
        skipped=answer.skipped,
        now=now,
        kept_finding=answer.kept_finding,
    )
    return True


async def keep_despite(
    repo: Repositories, *, vp: ValueProposition, field: Field, finding: str
) -> None:
    """The founder keeps an answer the coach questioned; remember that on the answer."""
    revision = await repo.value_props.latest_revision(vp.id, field)
    if revision is not None and not revision.skipped:
        revision.kept_finding = finding


async def set_status(
    repo: Repositories, *, vp: ValueProposition, status: VpStatus, now: datetime
) -> None:
    vp.status = status
    vp.updated_at = now
    if status is VpStatus.DONE:
        vp.completed_at = now


async def rename(repo: Repositories, *, vp: ValueProposition, name: str) -> None:
    vp.name = name
