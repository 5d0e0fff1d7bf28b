"""Repositories: small query holders over one AsyncSession, handed to handlers as `repo`."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.repositories.interviews import InterviewRepo
from bot.db.repositories.transcript import TranscriptRepo
from bot.db.repositories.users import UserRepo
from bot.db.repositories.value_props import ValuePropRepo


@dataclass(frozen=True)
class Repositories:
    """All repositories bound to the session of the current update."""

    session: AsyncSession
    users: UserRepo
    value_props: ValuePropRepo
    transcript: TranscriptRepo
    interviews: InterviewRepo

    @classmethod
    def bind(cls, session: AsyncSession) -> "Repositories":
        return cls(
            session=session,
            users=UserRepo(session),
            value_props=ValuePropRepo(session),
            transcript=TranscriptRepo(session),
            interviews=InterviewRepo(session),
        )

    async def flush(self) -> None:
        """Send what was changed so far to the database (ids assigned, constraints checked).

        Never a commit: the update's unit of work commits (bot.db.unit_of_work), before any
        reply and when the update ends."""
        await self.session.flush()
