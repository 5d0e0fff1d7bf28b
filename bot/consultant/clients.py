"""Queries behind the consultant's views: their clients and what each has done."""

from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import distinct, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.consultant.funnel import ClientFacts, VpFacts
from bot.db.models import AnswerRevision, Interview, InterviewScript, Role, User, ValueProposition


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
    """Progress facts for many clients in one query (no query per client)."""
    vp_id = ValueProposition.id
    answered = select(func.count(distinct(AnswerRevision.field)))
    answered = answered.where(AnswerRevision.value_proposition_id == vp_id)
    script = exists().where(InterviewScript.value_proposition_id == vp_id)
    done = select(func.count()).select_from(Interview)
    done = done.where(Interview.value_proposition_id == vp_id, Interview.status == "done")
    query = select(
        ValueProposition.user_id,
        ValueProposition.status,
        answered.scalar_subquery(),
        script,
        done.scalar_subquery(),
    )
    ids = [client.id for client in clients]
    per_user: dict[int, list[VpFacts]] = defaultdict(list)
    for user_id, *facts in await session.execute(query.where(ValueProposition.user_id.in_(ids))):
        per_user[user_id].append(VpFacts(*facts))
    return {
        client.id: ClientFacts(
            consented=client.consent_version is not None,
            last_seen_at=client.last_seen_at,
            vps=per_user.get(client.id, []),
        )
        for client in clients
    }
