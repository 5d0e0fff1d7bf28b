"""The steps of logging an interview in order: which are filled, which comes next, going back
a step and clearing a part of a saved interview so it is asked again."""

from dataclasses import dataclass
from itertools import takewhile

from bot.db.models import Interview
from bot.db.repositories import Repositories
from bot.value_prop.questions import FIELDS, Field

# Parts of a saved interview the founder can edit: date, fit, each hypothesis, commitment, next.
PARTS = ("date", "fit", *(field.value for field in FIELDS), "commit", "next")


@dataclass(frozen=True)
class Step:
    kind: str  # date, fit, said, quote, verdict, commit, next
    field: Field | None
    filled: bool


def steps(interview: Interview) -> list[Step]:
    """Every step this interview has, in the order they are asked.

    A hypothesis that was not discussed (notes skipped) has no quote and verdict steps.
    """
    notes = {note.field: note for note in interview.notes}
    result = [
        Step("date", None, interview.held_on is not None),
        Step("fit", None, interview.segment_fit is not None),
    ]
    for field in FIELDS:
        note = notes.get(field.value)
        result.append(Step("said", field, note is not None))
        if note is not None and note.said is not None:
            result.append(Step("quote", field, note.quote is not None))
            result.append(Step("verdict", field, note.verdict is not None))
    result.append(Step("commit", None, interview.commitment is not None))
    result.append(Step("next", None, interview.next_step is not None))
    return result


def first_missing(interview: Interview) -> Step | None:
    return next((step for step in steps(interview) if not step.filled), None)


def previous(interview: Interview) -> Step | None:
    """The filled step just before the first missing one: what "back" asks again."""
    filled = list(takewhile(lambda step: step.filled, steps(interview)))
    return filled[-1] if filled else None


# The interview's own column each of its own steps fills (the others fill a hypothesis note).
COLUMNS = {"date": "held_on", "fit": "segment_fit", "commit": "commitment", "next": "next_step"}


async def clear(repo: Repositories, interview: Interview, kind: str, field: Field | None) -> None:
    """Forget one step's answer so that it is asked again (a hypothesis: all of its steps)."""
    note = next((n for n in interview.notes if field and n.field == field.value), None)
    if kind in COLUMNS:
        setattr(interview, COLUMNS[kind], None)
    elif kind == "said" and note is not None:
        await repo.interviews.delete_note(note)
    elif kind in {"quote", "verdict"} and note is not None:
        setattr(note, kind, None)


async def reopen(repo: Repositories, interview: Interview, part: str | None) -> None:
    """A saved interview becomes a draft again, with ``part`` (one of PARTS) cleared if given."""
    interview.status = "draft"
    if part in COLUMNS:
        await clear(repo, interview, part, None)
    elif part is not None:
        await clear(repo, interview, "said", Field(part))
