"""Callback data of the reminder buttons (prefixes rm1, rc1, rn1, rk1; under 64 bytes).

The cadence set-up carries its draft in the button data itself (goal, deadline, weekdays,
time), so choosing with buttons never touches the founder's FSM state or dialogue data.
Everything here comes from the client: handlers re-check ownership on the server.
"""

from aiogram.filters.callback_data import CallbackData


class RemCb(CallbackData, prefix="rm1"):
    """/reminders: menu, snooze, pause, resume, stop, on, kinds, kind, quiet, tz, checkin…"""

    action: str
    occ: int = 0
    arg: str = ""


class CadCb(CallbackData, prefix="rc1"):
    """One step of the interview cadence set-up with the draft so far.

    ``by`` is the deadline as YYYYMMDD, ``days`` a bit mask (bit 0 = Monday), ``at`` minutes
    since local midnight (-1 = not chosen yet).
    """

    action: str
    vp: int
    goal: int = 0
    by: int = 0
    days: int = 0
    at: int = -1
    value: str = ""


class NudgeCb(CallbackData, prefix="rn1"):
    """ "Продолжить" under a nudge: resume the dialogue at its pending question."""

    action: str = "go"


class CheckinCb(CallbackData, prefix="rk1"):
    """The weekly check-in: start answering, skip a question."""

    action: str
    note: int = 0
