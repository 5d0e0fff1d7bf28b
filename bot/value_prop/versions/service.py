"""Versions of a proposition: revising after interviews, renaming, what the last version heard.

A version is a ``value_propositions`` row; v2 points at v1 through ``parent_id``. Answers,
interviews and the card stay with the row they were given for.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.db.models import Interview, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.value_prop.questions import Field
from bot.value_prop.versions.lineage import lineage_of, lineages

WORDS_PER_FIELD = 5  # customers' words shown under a pre-filled question


@dataclass(frozen=True)
class PriorAnswer:
    """An answer of the previous version, as it was given."""

    text: str | None
    skipped: bool
    kept_finding: str | None


@dataclass(frozen=True)
class CustomerWord:
    """What one customer said about a hypothesis of the previous version (their own words, apart
    from the founder's notes), the verdict, and whether they were outside the segment."""

    respondent: str
    verdict: str | None
    quote: str | None
    notes: str | None = None
    outside: bool = False


@dataclass(frozen=True)
class PriorVersion:
    """The version a revision starts from: its answers and what customers said per field."""

    id: int
    version: int
    answers: Mapping[Field, PriorAnswer]
    words: Mapping[Field, tuple[CustomerWord, ...]]
    interviews: int


def customer_words(interviews: Sequence[Interview]) -> dict[Field, tuple[CustomerWord, ...]]:
    """Per field, the customers' words, notes or verdicts, in interview order."""
    words: dict[Field, list[CustomerWord]] = {}
    for interview in interviews:
        outside = interview.segment_fit == "no"
        for note in interview.notes:
            if note.field not in Field.__members__.values():
                continue
            quote, notes = (note.quote or "").strip(), (note.said or "").strip()
            if not quote and not notes and note.verdict is None:
                continue
            word = CustomerWord(
                interview.respondent, note.verdict, quote or None, notes or None, outside
            )
            words.setdefault(Field(note.field), []).append(word)
    return {field: tuple(items[-WORDS_PER_FIELD:]) for field, items in words.items()}


async def prior(repo: Repositories, parent_id: int) -> PriorVersion | None:
    """The previous version's answers and its customers' words (None when it is gone)."""
    parent = await repo.value_props.get(parent_id)
    if parent is None:
        return None
    answers = {  # later revisions win
        Field(revision.field): PriorAnswer(revision.text, revision.skipped, revision.kept_finding)
        for revision in await repo.value_props.revisions(parent.id)
        if revision.field in Field.__members__.values()
    }
    interviews = await repo.interviews.interviews_for(parent.id, done_only=True)
    words = customer_words(interviews)
    return PriorVersion(parent.id, parent.version, answers, words, len(interviews))


async def lineage(repo: Repositories, vp: ValueProposition) -> list[ValueProposition]:
    """Every version of ``vp``'s proposition, v1 first."""
    return lineage_of(vp.id, await repo.value_props.all_for_user(vp.user_id))


def started_over(vp: ValueProposition) -> bool:
    return vp.status == VpStatus.ABANDONED


def current(group: list[ValueProposition]) -> ValueProposition:
    """The version standing for the proposition: the latest one not started over, else the
    latest one."""
    kept = [item for item in group if not started_over(item)]
    return (kept or group)[-1]


async def revise(repo: Repositories, vp: ValueProposition, now: datetime) -> ValueProposition:
    """A new draft version after ``vp`` (the caller checked ``vp`` is the current, finished one);
    numbered after every earlier version, started-over ones included."""
    number = max(item.version for item in await lineage(repo, vp)) + 1
    return await repo.value_props.create(
        user_id=vp.user_id, name=vp.name, now=now, version=number, parent_id=vp.id
    )


async def rename(repo: Repositories, vp: ValueProposition, name: str, now: datetime) -> None:
    """A new name for the proposition: every version carries it."""
    for item in await lineage(repo, vp):
        item.name = name
        item.updated_at = now


async def latest_finished(repo: Repositories, user_id: int) -> list[ValueProposition]:
    """Per proposition its latest finished version: where new interviews are logged."""
    groups = lineages(await repo.value_props.all_for_user(user_id))
    done = ([item for item in group if item.status == VpStatus.DONE] for group in groups)
    return [items[-1] for items in done if items]


def is_open(vp: ValueProposition) -> bool:
    """Still being answered or reviewed."""
    return vp.status in (VpStatus.DRAFT, VpStatus.REVIEW)
