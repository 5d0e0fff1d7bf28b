"""Every API request: init data checked, the user and role read from the database right now.

Refusals carry no detail: 401 for missing, forged or expired init data, 403 for a valid person
who is not a consultant (or, on the admins' page, not an admin). Nothing says which check failed.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import wraps

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dashboard.auth.init_data import NotAuthenticatedError, user_id_from
from bot.dashboard.deps import Deps, deps_of
from bot.dates import zone_of
from bot.db.models import User
from bot.db.repositories.users import UserRepo
from bot.i18n import Translator
from bot.roles import is_admin, is_consultant


@dataclass(frozen=True)
class Viewer:
    """The consultant (or admin) a request is made for."""

    user: User
    admin: bool
    t: Translator
    zone: str

    def today(self, now: datetime) -> date:
        """The viewer's calendar day (weeks and "today" are theirs, not UTC's)."""
        return now.astimezone(zone_of(self.zone)).date()

    @property
    def scope(self) -> int | None:
        """Whose clients they see: their own, or (admins) every linked client."""
        return None if self.admin else self.user.id


Handler = Callable[[web.Request, Deps, AsyncSession, Viewer], Awaitable[web.StreamResponse]]


def refused(status: int) -> web.Response:
    return web.json_response(
        {"error": "forbidden" if status == 403 else "unauthorized"}, status=status
    )


def consultant_only(
    handler: Handler, *, admins_only: bool = False
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Wrap an API handler: authenticate, authorise, open the request's database session."""

    @wraps(handler)
    async def checked(request: web.Request) -> web.StreamResponse:
        deps = deps_of(request)
        max_age = timedelta(seconds=deps.settings.dashboard.max_age_seconds)
        try:
            user_id = user_id_from(
                deps.token, request.headers.get("Authorization"), now=deps.clock(), max_age=max_age
            )
        except NotAuthenticatedError:
            return refused(401)
        async with deps.session_factory() as session:
            user = await UserRepo(session).get(user_id)
            admin = is_admin(user, deps.settings)
            if (
                user is None
                or not is_consultant(user, deps.settings)
                or (admins_only and not admin)
            ):
                return refused(403)
            viewer = Viewer(user, admin, deps.i18n.get(user.language), user.timezone)
            response = await handler(request, deps, session, viewer)
            await session.commit()
            return response

    return checked


def admin_only(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    return consultant_only(handler, admins_only=True)
