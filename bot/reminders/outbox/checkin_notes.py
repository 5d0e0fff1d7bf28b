"""The weekly check-in's notes: one row per check-in, each answer stored as it is given."""

from datetime import datetime

from sqlalchemy import CursorResult, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import CheckinNote

FIELDS = ("hypothesis", "action", "data", "insight")


async def start(session: AsyncSession, user_id: int, now: datetime) -> int:
    """A new, empty note; its id."""
    statement = insert(CheckinNote).values(user_id=user_id, created_at=now)
    note_id = await session.scalar(statement.returning(CheckinNote.id))
    assert note_id is not None
    return int(note_id)


async def own(session: AsyncSession, user_id: int, note_id: object) -> int | None:
    """``note_id`` if it names one of the user's notes."""
    if not note_id:
        return None
    query = select(CheckinNote.id).where(
        CheckinNote.id == int(str(note_id)), CheckinNote.user_id == user_id
    )
    return await session.scalar(query)


async def answer(session: AsyncSession, note_id: int, field: str, text: str) -> None:
    await session.execute(
        update(CheckinNote).where(CheckinNote.id == note_id).values({field: text})
    )


async def drop_if_empty(session: AsyncSession, note_id: int) -> bool:
    """Delete the note if every question was skipped; whether it was."""
    empty = [getattr(CheckinNote, field).is_(None) for field in FIELDS]
    result = await session.execute(delete(CheckinNote).where(CheckinNote.id == note_id, *empty))
    return isinstance(result, CursorResult) and result.rowcount == 1
