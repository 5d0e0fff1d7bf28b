"""Queries behind the consultant's views: their clients and what each has done."""

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.consultant.funnel import ClientFacts, VpFacts
from bot.db.models import (
    AnswerRevision,
    Interview,
    InterviewScript,
    Role,
    User,
    ValueProposition,
)


def _pairs(rows: Iterable[Any]) -> dict[int, int]:
    """{key: count} from (key, count) result rows."""
    return {int(key): int(value) for key, value in rows}


async def clients_of(session: AsyncSession, consultant_id: int | None) -> list[User]:
    """The consultant's linked clients by last activity; None means every linked client."""
    query = select(User).order_by(User.last_seen_at.desc(), User.id)
    if consultant_id is None:
        query = query.where(User.consultant_id.is_not(None))
    else:
        query = query.where(User.consultant_id == consultant_id)
    return list((await session.scalars(query)).all())


async def reachable_admins(
    session: AsyncSession, admin_ids: Collection[int], *, excluding: int
) -> list[User]:
    """Users with the admin role or listed in ``admin_ids``, but ``excluding``, not blocked: who
    can receive a lead. Only people who have written to the bot: Telegram does not let a bot
    start a conversation, so an id from ADMIN_IDS with no users row could not be messaged."""
    condition = User.role == Role.ADMIN
    if admin_ids:
        condition = or_(condition, User.id.in_(admin_ids))
    query = (
        select(User)
        .where(condition, User.id != excluding, User.blocked_at.is_(None))
        .order_by(User.id)
    )
    return list((await session.scalars(query)).all())


async def facts_for(session: AsyncSession, clients: Sequence[User]) -> dict[int, ClientFacts]:
    """Progress facts for many clients in four grouped queries (no query per client)."""
    ids = [client.id for client in clients]
    if not ids:
        return {}
    vps = (
        await session.execute(
            select(ValueProposition.id, ValueProposition.user_id, ValueProposition.status).where(
                ValueProposition.user_id.in_(ids)
            )
        )
    ).all()
    vp_ids = [row.id for row in vps]
    answered = _pairs(
        await session.execute(
            select(AnswerRevision.value_proposition_id, func.count(distinct(AnswerRevision.field)))
            .where(AnswerRevision.value_proposition_id.in_(vp_ids))
            .group_by(AnswerRevision.value_proposition_id)
        )
    )
    scripts = set(
        (
            await session.scalars(
                select(InterviewScript.value_proposition_id).where(
                    InterviewScript.value_proposition_id.in_(vp_ids)
                )
            )
        ).all()
    )
    interviews = _pairs(
        await session.execute(
            select(Interview.value_proposition_id, func.count())
            .where(Interview.value_proposition_id.in_(vp_ids), Interview.status == "done")
            .group_by(Interview.value_proposition_id)
        )
    )
    per_user: dict[int, list[VpFacts]] = defaultdict(list)
    for row in vps:
        per_user[row.user_id].append(
            VpFacts(
                status=row.status,
                answered=int(answered.get(row.id, 0)),
                has_script=row.id in scripts,
                interviews=int(interviews.get(row.id, 0)),
            )
        )
    return {
        client.id: ClientFacts(
            consented=client.consent_version is not None,
            last_seen_at=client.last_seen_at,
            vps=per_user.get(client.id, []),
        )
        for client in clients
    }
