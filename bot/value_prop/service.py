"""Value-proposition use cases over the repositories; returns plain dataclasses."""

from dataclasses import dataclass, replace
from datetime import datetime

from bot.db.models import ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.value_prop.questions import FIELDS, Field
from bot.value_prop.versions import naming
from bot.value_prop.versions.service import PriorVersion, is_open, prior


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

    def first_open_field(self, after: Field | None = None) -> Field | None:
        """The first question without an answer (skips count as answered); with ``after``, the
        first one after it if there is one, else the first one from the start."""
        start = 0 if after is None else FIELDS.index(after) + 1
        return next((f for f in FIELDS[start:] + FIELDS if f not in self.answers), None)

    def texts(self) -> dict[Field, str | None]:
        return {field: answer.text for field, answer in self.answers.items()}

    def hypotheses(self) -> dict[Field, str | None]:
        """The answers as hypotheses to test: None for a skipped one."""
        return {field: None if a.skipped else a.text for field, a in self.answers.items()}

    def answered(self, field: Field, text: str, *, name: str) -> "VpSnapshot":
        """This snapshot once ``text`` is recorded as the answer to ``field`` and the
        proposition is called ``name`` (saves reading it back)."""
        answer = Answer(field=field, text=text, skipped=False)
        return replace(self, name=name, answers={**self.answers, field: answer})


async def snapshot(repo: Repositories, vp: ValueProposition) -> VpSnapshot:
    answers = {  # ordered by id: later revisions win
        Field(r.field): Answer(Field(r.field), r.text, r.skipped, r.kept_finding)
        for r in await repo.value_props.revisions(vp.id)
    }
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
    return await prior(repo, vp.parent_id) if is_open(vp) and vp.parent_id is not None else None


async def record_answer(
    repo: Repositories,
    vp: ValueProposition,
    field: Field,
    text: str,
    now: datetime,
    *,
    auto_name: bool,
    kept_finding: str | None = None,
) -> None:
    """Store a new version of an answer; ``kept_finding`` when kept despite that coaching. An
    unnamed proposition (``auto_name``) is named after its segment answer.

    Like every write here, it is committed with the update's transaction, at the latest before
    the next reply goes out (bot.db.unit_of_work).
    """
    await repo.value_props.add_revision(
        vp, field=field, text=text, skipped=False, now=now, kept_finding=kept_finding
    )
    if auto_name and field is Field.SEGMENT:
        vp.name = naming.auto_name(text)


def set_status(vp: ValueProposition, status: VpStatus, now: datetime) -> None:
    vp.status = status
    vp.updated_at = now
    if status is VpStatus.DONE:
        vp.completed_at = now
