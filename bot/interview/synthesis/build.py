"""Synthesis of logged interviews: per hypothesis, what the founder said beside what customers
said, with a status (the rule is STATUS_RULE in synthesis.model, repeated in the README).

``synthesize`` is pure: records in, dataclasses out (synthesis.model).
"""

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from bot.interview.synthesis.model import (
    COMMITMENT_WEIGHTS,
    COMMITMENTS,
    COUNTED,
    MIN_TESTED,
    REFUTED_SHARE,
    SEGMENT_BOUND,
    SEGMENT_FITS,
    SUPPORTED_SHARE,
    VERDICTS,
    Evidence,
    FieldSynthesis,
    HypothesisNote,
    InterviewRecord,
    Synthesis,
)
from bot.interview.synthesis.quotes import QUOTE_LIMIT, has_past_fact, order_key
from bot.text.html import clip
from bot.value_prop.questions import FIELDS, Field


def status_for(votes: Iterable[tuple[str, str]]) -> str:
    """The status from (verdict, commitment) pairs of counted interviews (STATUS_RULE)."""
    counted = [(v, COMMITMENT_WEIGHTS[c]) for v, c in votes if v in COUNTED]
    if not counted:
        return "untested"
    if len(counted) < MIN_TESTED:
        return "testing"
    total = sum(weight for _, weight in counted)
    confirmed = sum(weight for verdict, weight in counted if verdict == "confirmed")
    refuted = sum(weight for verdict, weight in counted if verdict == "refuted")
    if Fraction(confirmed, total) >= SUPPORTED_SHARE:
        return "supported"
    if Fraction(refuted, total) >= REFUTED_SHARE:
        return "refuted"
    return "mixed"


def contradicts(record: InterviewRecord) -> bool:
    """The person was marked as in the segment, yet the segment hypothesis was refuted."""
    note = record.findings.get(Field.SEGMENT)
    return record.segment_fit == "yes" and note is not None and note.verdict == "refuted"


def _check(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"unknown {what}: {value!r}")
    return value


def _evidence(record: InterviewRecord, note: HypothesisNote, verdict: str) -> Evidence:
    quote = clip(note.quote or "", QUOTE_LIMIT) or None
    notes = clip(note.said or "", QUOTE_LIMIT) or None
    weak = verdict == "confirmed" and not quote and not has_past_fact(note.said)
    return Evidence(record.alias, verdict, quote, notes, record.commitment, weak)


def _sorted(items: list[tuple[int, Evidence]]) -> list[Evidence]:
    return [e for _, e in sorted(items, key=lambda pair: order_key(pair[1], pair[0]))]


def _field(
    field: Field, hypothesis: str | None, interviews: Sequence[InterviewRecord]
) -> FieldSynthesis:
    counts = dict.fromkeys(VERDICTS, 0)
    votes: list[tuple[str, str]] = []
    support: list[tuple[int, Evidence]] = []
    against: list[tuple[int, Evidence]] = []
    outside: list[tuple[int, Evidence]] = []
    for index, record in enumerate(interviews):
        note = record.findings.get(field)
        if note is None or note.verdict is None:
            continue
        verdict = _check(note.verdict, VERDICTS, "verdict")
        evidence = _evidence(record, note, verdict)
        if record.segment_fit == "no" and field in SEGMENT_BOUND:
            outside.append((index, evidence))
            continue
        counts[verdict] += 1
        votes.append((verdict, record.commitment))
        if verdict == "refuted":
            against.append((index, evidence))
        elif verdict in COUNTED:
            support.append((index, evidence))
    return FieldSynthesis(
        field=field,
        hypothesis=(hypothesis or "").strip() or None,
        counts=counts,
        tested=sum(counts[v] for v in COUNTED),
        status=status_for(votes),
        support=_sorted(support),
        against=_sorted(against),
        outside=_sorted(outside),
        weak=sum(1 for _, e in support if e.weak),
    )


def synthesize(
    hypotheses: Mapping[Field, str | None], interviews: Sequence[InterviewRecord]
) -> Synthesis:
    """Statuses and evidence per hypothesis, plus commitments, segment fit and contradictions.

    Raises ValueError on a verdict, commitment or segment fit outside the known values.
    """
    commitments = dict.fromkeys(COMMITMENTS, 0)
    fits = dict.fromkeys(SEGMENT_FITS, 0)
    for record in interviews:
        commitments[_check(record.commitment, COMMITMENTS, "commitment")] += 1
        fits[_check(record.segment_fit, SEGMENT_FITS, "segment fit")] += 1
    return Synthesis(
        fields=[_field(field, hypotheses.get(field), interviews) for field in FIELDS],
        interviews=len(interviews),
        commitments=commitments,
        segment_fit=fits,
        outside=[r.alias for r in interviews if r.segment_fit == "no"],
        contradictions=[r.alias for r in interviews if contradicts(r)],
    )
