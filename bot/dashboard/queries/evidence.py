"""Hypothesis statuses of many propositions at once, by the synthesis' own rule."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Interview, InterviewNote
from bot.interview.synthesis import HypothesisNote, InterviewRecord, synthesize
from bot.value_prop.questions import Field

_NO_DATE = date(1970, 1, 1)  # the rule does not look at dates


async def statuses(
    session: AsyncSession, vp_ids: Sequence[int]
) -> dict[int, tuple[tuple[Field, str], ...]]:
    """{proposition id: ((field, status), ...)} from its finished interviews (one query)."""
    if not vp_ids:
        return {}
    rows = await session.execute(
        select(
            Interview.value_proposition_id,
            Interview.id,
            Interview.segment_fit,
            Interview.commitment,
            InterviewNote.field,
            InterviewNote.verdict,
        )
        .join(InterviewNote, InterviewNote.interview_id == Interview.id, isouter=True)
        .where(Interview.value_proposition_id.in_(vp_ids), Interview.status == "done")
    )
    per_vp: dict[int, dict[int, InterviewRecord]] = defaultdict(dict)
    findings: dict[int, dict[Field, HypothesisNote]] = defaultdict(dict)
    for vp_id, interview_id, fit, commitment, field, verdict in rows:
        notes = findings[interview_id]
        if field is not None:
            notes[Field(field)] = HypothesisNote(said=None, verdict=verdict)
        per_vp[vp_id][interview_id] = InterviewRecord(
            alias="",
            held_on=_NO_DATE,
            segment_fit=fit or "partly",
            findings=notes,
            key_quote=None,
            commitment=commitment or "none",
            next_step=None,
        )
    result = {}
    for vp_id in vp_ids:
        synthesis = synthesize({}, list(per_vp.get(vp_id, {}).values()))
        result[vp_id] = tuple((item.field, item.status) for item in synthesis.fields)
    return result
