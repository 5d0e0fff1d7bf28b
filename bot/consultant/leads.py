"""A session request from a founder without a consultant goes to the consultancy's admins."""

from bot.config import Settings
from bot.consultant.clients import reachable_admins
from bot.db.models import User
from bot.db.repositories import Repositories


async def admins_for_leads(repo: Repositories, settings: Settings, *, founder: User) -> list[User]:
    """Admins who can receive a lead: ADMIN_IDS and users with the admin role, founder excluded.

    Only people who have written to the bot are returned: Telegram does not let a bot start a
    conversation, so an id from ADMIN_IDS with no users row could not be messaged anyway.
    """
    return await reachable_admins(repo.session, settings.admin_ids, excluding=founder.id)


def first_names(users: list[User]) -> str:
    """'Ольга, Пётр' — who will answer, as the founder will see them in the chat."""
    return ", ".join(user.first_name or str(user.id) for user in users)
