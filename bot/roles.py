"""Roles, read from the database at the moment of every consultant or admin action."""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.config import Settings
from bot.db.models import Role, User
from bot.telegram.ownership import Claim


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


@dataclass(frozen=True)
class ClientOf:
    """For a consultant (the role read now): the client the button's ``arg`` names, linked to
    them (admins: any client); injects ``client``. ``everyone``: ``arg`` 0 names all their
    clients (``client`` is None). With ``role_only`` just the role is checked."""

    everyone: bool = False
    role_only: bool = False

    async def __call__(self, claim: Claim) -> Mapping[str, object] | None:
        if not is_consultant(claim.user, claim.settings):
            return None
        if self.role_only or (self.everyone and claim.button.arg == 0):
            return {"client": None}
        client = await claim.repo.users.get(claim.button.arg)
        if client is None or not is_client_of(client, claim.user, claim.settings):
            return None
        return {"client": client}


CONSULTANT = ClientOf(role_only=True)
CLIENT = ClientOf()
CLIENT_OR_ALL = ClientOf(everyone=True)


async def admin(claim: Claim) -> Mapping[str, object] | None:
    """Admins only (the role read now); nothing to inject."""
    return {} if is_admin(claim.user, claim.settings) else None


ADMIN = admin
