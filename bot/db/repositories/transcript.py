"""Transcript: append-only log of what a consenting user sent and what the bot sent them."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import TranscriptEntry
from bot.db.prepared import insert_row


@dataclass(frozen=True)
class Exchange:
    """One line of the transcript before it is stored."""

    at: datetime
    direction: str  # "in" | "out"
    kind: str
    text: str | None
    dialogue: str | None = None
    step: str | None = None
    telegram_message_id: int | None = None
    update_id: int | None = None
    callback_data: str | None = None  # a pressed button's data; ``text`` is its label


TRANSCRIPT_TABLE: Table = TranscriptEntry.__table__  # type: ignore[assignment]
APPEND = insert_row(TRANSCRIPT_TABLE)  # an Exchange's fields are the columns but id and user_id


class TranscriptRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, user_id: int, *exchanges: Exchange) -> None:
        """Append lines (no ORM objects to track: an update writes two of these)."""
        await APPEND.write_all(self.session, rows(user_id, exchanges))


def rows(user_id: int, exchanges: Iterable[Exchange]) -> list[dict[str, Any]]:
    """``APPEND``'s rows for ``exchanges`` filed under ``user_id``."""
    return [{**vars(exchange), "user_id": user_id} for exchange in exchanges]
