"""A session request from a founder without a consultant goes to the consultancy's admins."""

from sqlalchemy import or_, select

from bot.config import Settings
from bot.db.models import Role, User
from bot.db.repositories import Repositories


async def admins_for_leads(repo: Repositories, settings: Settings, *, founder: User) -> list[User]:
    """Admins who can receive a lead: ADMIN_IDS and users with the admin role, founder excluded.

    Only people who have written to the bot are returned: Telegram does not let a bot start a
    conversation, so an id from ADMIN_IDS with no users row could not be messaged anyway.
    """
    condition = User.role == Role.ADMIN
    if settings.admin_ids:
        condition = or_(condition, User.id.in_(settings.admin_ids))
    query = (
        select(User)
        .where(condition, User.id != founder.id, User.blocked_at.is_(None))
        .order_by(User.id)
    )
    return list((await repo.session.scalars(query)).all())


def first_names(users: list[User]) -> str:
    """'Ольга, Пётр' — who will answer, as the founder will see them in the chat."""
    return ", ".join(user.first_name or str(user.id) for user in users)
