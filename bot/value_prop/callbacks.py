"""Callback data of the value-proposition buttons (prefixes v1, o1, r1; under 64 bytes).

Callback data can be forged: handlers re-check ownership and the dialogue state on the server."""

from aiogram.filters.callback_data import CallbackData


class VpCb(CallbackData, prefix="v1"):
    """An action inside one value-proposition dialogue.

    ``field`` names the question the button was shown with, so a stale or double-tapped button
    (the dialogue has moved on) is recognised and answered neutrally.
    """

    action: str
    vp: int
    field: str = ""


class VpOpenCb(CallbackData, prefix="o1"):
    """Open one of the founder's value propositions from the list."""

    vp: int


class VersionCb(CallbackData, prefix="r1"):
    """A finished proposition's versions: revise (a new version after interviews), rename."""

    action: str
    vp: int
