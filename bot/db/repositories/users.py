"""Users: registration on first contact, profile refresh, consent and language."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User


class UserRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def touch(
        self,
        *,
        user_id: int,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language: str,
        now: datetime,
    ) -> tuple[User, datetime | None, bool]:
        """Load or register the user and mark them seen.

        Returns the user, when they were seen before (None when new) and whether they had
        blocked the bot (they write to it, so that is over).
        """
        user = await self.session.get(User, user_id)
        if user is None:
            user = User(
                id=user_id,
                first_name=first_name,
                last_name=last_name,
                username=username,
                language=language,
                created_at=now,
                last_seen_at=now,
            )
            self.session.add(user)
            await self.session.flush()
            return user, None, False
        previous = user.last_seen_at
        user.first_name = first_name
        user.last_name = last_name
        user.username = username
        user.last_seen_at = now
        was_blocked = user.blocked_at is not None
        if was_blocked:
            user.blocked_at = None  # they wrote to us, so they no longer block the bot
        return user, previous, was_blocked

    async def give_consent(self, user: User, *, version: int, now: datetime) -> None:
        user.consent_version = version
        user.consent_at = now

    async def set_language(self, user: User, language: str) -> None:
        user.language = language
