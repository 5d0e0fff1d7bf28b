"""Roles, read from the database at the moment of every consultant or admin action."""

from bot.config import Settings
from bot.db.models import Role, User


def is_admin(user: User | None, settings: Settings) -> bool:
    return user is not None and (user.id in settings.admin_ids or user.role == Role.ADMIN)


def is_consultant(user: User | None, settings: Settings) -> bool:
    """Consultants and admins may use the consultant workspace."""
    return user is not None and (user.role == Role.CONSULTANT or is_admin(user, settings))


def is_client_of(client: User | None, consultant: User, settings: Settings) -> bool:
    """The client is linked to this consultant (admins see every client)."""
    if client is None:
        return False
    return client.consultant_id == consultant.id or is_admin(consultant, settings)
