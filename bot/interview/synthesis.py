"""Synthesis of logged interviews: per hypothesis, what the founder assumed and customers said.

Status of a hypothesis (STATUS_RULE has it in words): ``tested`` is the number of interviews
with a verdict for it (skipped ones do not count); ``untested`` with none, ``testing`` with
fewer than MIN_TESTED; from MIN_TESTED on, ``supported`` if at least SUPPORTED_SHARE of them
confirmed it, ``refuted`` if at least REFUTED_SHARE refuted it, otherwise ``mixed``.
"""

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from bot.interview.synthesis_html import render_synthesis_html
from bot.interview.synthesis_model import (
    COMMITMENTS,
    MIN_TESTED,
    REFUTED_SHARE,
    SEGMENT_FITS,
    STATUS_RULE,
    STATUSES,
    SUPPORTED_SHARE,
    VERDICTS,
    FieldSynthesis,
    HypothesisNote,
    InterviewRecord,
    Synthesis,
)
from bot.interview.synthesis_quotes import pick_quotes
from bot.value_prop.questions import FIELDS, Field

__all__ = [
    "COMMITMENTS",
    "MIN_TESTED",
    "REFUTED_SHARE",
    "SEGMENT_FITS",
    "STATUSES",
    "STATUS_RULE",
    "SUPPORTED_SHARE",
    "VERDICTS",
    "FieldSynthesis",
    "HypothesisNote",
    "InterviewRecord",
    "Synthesis",
    "render_synthesis_html",
    "status_for",
    "synthesize",
]


def status_for(counts: Mapping[str, int]) -> str:
    """The status of a hypothesis from its verdict counts (the rule in the module docstring)."""
    tested = sum(counts.get(verdict, 0) for verdict in VERDICTS)
    if tested == 0:
        return "untested"
    if tested < MIN_TESTED:
        return "testing"
    if Fraction(counts.get("confirmed", 0), tested) >= SUPPORTED_SHARE:
        return "supported"
    if Fraction(counts.get("refuted", 0), tested) >= REFUTED_SHARE:
        return "refuted"
    return "mixed"


def _tally(values: Iterable[str], allowed: tuple[str, ...], what: str) -> dict[str, int]:
    counts = dict.fromkeys(allowed, 0)
    for value in values:
        if value not in counts:
            raise ValueError(f"unknown {what}: {value!r}")
        counts[value] += 1
    return counts


def _field(field: Field, hypothesis: str | None, notes: list[HypothesisNote]) -> FieldSynthesis:
    counts = _tally((n.verdict for n in notes if n.verdict is not None), VERDICTS, "verdict")
    tested = sum(counts.values())
    # Ties go to the earlier verdict in VERDICTS, so the choice is deterministic.
    majority = max(VERDICTS, key=lambda v: (counts[v], -VERDICTS.index(v))) if tested else None
    return FieldSynthesis(
        field=field,
        hypothesis=(hypothesis or "").strip() or None,
        counts=counts,
        tested=tested,
        status=status_for(counts),
        quotes=pick_quotes(notes, majority),
    )


def synthesize(
    hypotheses: Mapping[Field, str | None], interviews: Sequence[InterviewRecord]
) -> Synthesis:
    """Counts, statuses and quotes per hypothesis, plus commitments and segment fit.

    Raises ValueError on a verdict, commitment or segment fit outside the known values.
    """
    fields = [
        _field(
            field,
            hypotheses.get(field),
            [i.findings[field] for i in interviews if field in i.findings],
        )
        for field in FIELDS
    ]
    return Synthesis(
        fields=fields,
        interviews=len(interviews),
        commitments=_tally((i.commitment for i in interviews), COMMITMENTS, "commitment"),
        segment_fit=_tally((i.segment_fit for i in interviews), SEGMENT_FITS, "segment fit"),
    )
