"""The steps of logging an interview in order: which are filled, which comes next, going back
a step and clearing a part of a saved interview so it is asked again."""

from dataclasses import dataclass

from bot.db.models import Interview, InterviewNote
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
    found: Step | None = None
    for step in steps(interview):
        if not step.filled:
            return found
        found = step
    return found


def _note(interview: Interview, field: Field | None) -> InterviewNote | None:
    return next((n for n in interview.notes if field and n.field == field.value), None)


async def clear(repo: Repositories, interview: Interview, kind: str, field: Field | None) -> None:
    """Forget one step's answer so that it is asked again (a hypothesis: all of its steps)."""
    note = _note(interview, field)
    if kind == "date":
        interview.held_on = None
    elif kind == "fit":
        interview.segment_fit = None
    elif kind == "commit":
        interview.commitment = None
    elif kind == "next":
        interview.next_step = None
    elif kind == "quote" and note is not None:
        note.quote = None
    elif kind == "verdict" and note is not None:
        note.verdict = None
    elif kind == "said" and note is not None:
        await repo.interviews.delete_note(note)


async def reopen(repo: Repositories, interview: Interview, part: str) -> None:
    """Edit a saved interview: it becomes a draft again with ``part`` (one of PARTS) cleared."""
    interview.status = "draft"
    if part in {"date", "fit", "commit", "next"}:
        await clear(repo, interview, part, None)
    else:
        await clear(repo, interview, "said", Field(part))
