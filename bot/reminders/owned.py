"""Reminder objects a button names, as kinds for ``Owned``: the founder's own occurrences and
check-in notes only."""

from collections.abc import Mapping

from bot.db.models import ReminderOccurrence
from bot.reminders.outbox import checkin_notes
from bot.reminders.rules import Status
from bot.telegram.ownership import Claim


async def pending_occurrence(claim: Claim) -> Mapping[str, object] | None:
    """The user's own occurrence the button's ``occ`` names, still waiting to be sent;
    injects ``occurrence``."""
    occurrence = await claim.repo.session.get(ReminderOccurrence, claim.button.occ)
    if occurrence is None or occurrence.user_id != claim.user.id:
        return None
    return {"occurrence": occurrence} if occurrence.status == Status.PENDING else None


async def checkin_note(claim: Claim) -> Mapping[str, object] | None:
    """The check-in note the user's dialogue is about (``note`` in the FSM data), theirs and the
    one the button's ``note`` names; injects ``note`` (its id)."""
    note_id = (await claim.state.get_data()).get("note")
    note = await checkin_notes.own(claim.repo.session, claim.user.id, note_id)
    return {"note": note} if note is not None and note == claim.button.note else None
