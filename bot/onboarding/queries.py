"""Onboarding's data access: who gets a menu of their own beyond the founders' commands."""

from collections.abc import Collection

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Role, User


async def staff(session: AsyncSession, admin_ids: Collection[int]) -> list[User]:
    """Consultants and admins, by role or listed in ``admin_ids`` (ADMIN_IDS)."""
    roles = User.role.in_([Role.CONSULTANT, Role.ADMIN])
    query = select(User).where(or_(roles, User.id.in_(admin_ids)) if admin_ids else roles)
    return list((await session.scalars(query)).all())
