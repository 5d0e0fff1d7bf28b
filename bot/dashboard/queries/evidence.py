"""Hypothesis statuses of many propositions at once, by the synthesis' own rule.

The verdicts are counted in SQL (one grouped query) and handed to ``status_for``, the rule the
synthesis itself applies; people outside the segment do not vote on the segment-bound
hypotheses, as there. A thousand clients' badges take one query, not a synthesis each.
"""

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Interview, InterviewNote
from bot.interview.synthesis.build import status_for
from bot.interview.synthesis.model import SEGMENT_BOUND
from bot.value_prop.questions import FIELDS, Field

Votes = list[tuple[str, str]]


async def statuses(
    session: AsyncSession, vp_ids: Sequence[int]
) -> dict[int, tuple[tuple[Field, str], ...]]:
    """{proposition id: ((field, status), ...)} from its finished interviews."""
    if not vp_ids:
        return {}
    outside = Interview.segment_fit == "no"
    rows = await session.execute(
        select(
            Interview.value_proposition_id,
            InterviewNote.field,
            InterviewNote.verdict,
            Interview.commitment,
            outside,
            func.count(),
        )
        .join(InterviewNote, InterviewNote.interview_id == Interview.id)
        .where(
            Interview.value_proposition_id.in_(vp_ids),
            Interview.status == "done",
            InterviewNote.verdict.is_not(None),
        )
        .group_by(
            Interview.value_proposition_id,
            InterviewNote.field,
            InterviewNote.verdict,
            Interview.commitment,
            outside,
        )
    )
    votes: dict[tuple[int, str], Votes] = defaultdict(list)
    for vp_id, field, verdict, commitment, is_outside, count in rows:
        if is_outside and field in SEGMENT_BOUND:
            continue
        votes[vp_id, field].extend([(str(verdict), commitment or "none")] * int(count))
    return {
        vp_id: tuple((field, status_for(votes.get((vp_id, field), []))) for field in FIELDS)
        for vp_id in vp_ids
    }
