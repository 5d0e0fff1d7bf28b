"""A client's transcript as chat lines, optionally only those containing a search text."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import TranscriptEntry

SHOWN_LINES = 1000  # the newest ones; the exports hold the whole transcript


@dataclass(frozen=True)
class ChatLine:
    at: datetime
    incoming: bool  # written by the client (else: the bot's message)
    kind: str
    text: str


async def chat_lines(session: AsyncSession, client_id: int, search: str = "") -> list[ChatLine]:
    """Oldest first. The search is case-insensitive in every script (done here, not in SQL:
    SQLite's lower() knows only ASCII)."""
    rows = await session.execute(
        select(
            TranscriptEntry.at,
            TranscriptEntry.direction,
            TranscriptEntry.kind,
            TranscriptEntry.text,
        )
        .where(TranscriptEntry.user_id == client_id)
        .order_by(TranscriptEntry.id.desc())
    )
    needle = search.strip().casefold()
    lines: list[ChatLine] = []
    for at, direction, kind, text in rows:
        if needle and needle not in (text or "").casefold():
            continue
        lines.append(ChatLine(at, direction == "in", kind, text or ""))
        if len(lines) >= SHOWN_LINES:
            break
    lines.reverse()
    return lines
