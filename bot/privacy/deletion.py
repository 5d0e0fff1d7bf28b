"""Erasing a user: every row about them goes, only a salted hash and a time remain."""

import hashlib
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Deletion, Reminder, User

# Salt of the deletion record's hash. A fixed constant, not a secret: its only job is to keep
# the record from matching a plain sha256 of an id someone looks up in passing. Telegram ids
# are few enough to enumerate, so no salt stored next to the record could stop a determined
# search; the record therefore says nothing but "someone deleted their data at this time",
# and the hash lets an operator answer "did user N ask for deletion?" when N asks.
# Changing it breaks that answer for older records, so it is versioned rather than edited.
DELETION_SALT = b"vp-coach/deletions/v1:"


def deletion_hash(user_id: int) -> str:
    """Hex sha256 of the salted id, as stored in ``deletions.user_hash``."""
    return hashlib.sha256(DELETION_SALT + str(user_id).encode("ascii")).hexdigest()


async def erase_user(session: AsyncSession, user: User, *, now: datetime) -> Deletion:
    """Delete the user's row; the database cascades to everything that references it.

    Answers, revisions, scripts and questions, interviews and notes, the transcript, reminders
    and their occurrences, check-ins and the invites they created all hang off ``users`` with
    ON DELETE CASCADE; clients linked to a deleted consultant keep their data and lose the link
    (ON DELETE SET NULL), as do reminders the user scheduled for others. The FSM state lives
    outside these tables and must be cleared by the caller (through its FSMContext) first.
    The caller commits.
    """
    # Consent is withdrawn on the loaded object too: the transcript middleware stores the
    # replies sent after the handler only for users with consent, so the farewell (and the
    # callback's toast) leave no new rows for a user who no longer exists.
    user.consent_version = None
    user.consent_at = None
    # Messages the user (as a consultant) scheduled for clients stop with them.
    await session.execute(delete(Reminder).where(Reminder.created_by == user.id))
    record = Deletion(user_hash=deletion_hash(user.id), deleted_at=now)
    session.add(record)
    await session.delete(user)
    await session.flush()
    return record
