"""Callback data of the consultant and linking buttons (cs1, lk2, sr1, ul1; under 64 bytes).

Callback data can be forged: handlers re-check ownership and the dialogue state on the server."""

from aiogram.filters.callback_data import CallbackData


class CsCb(CallbackData, prefix="cs1"):
    """Consultant workspace: pages, a client, funnel, switches, unlink, reply, export, invites."""

    action: str
    arg: int = 0
    value: str = ""


class LinkCb(CallbackData, prefix="lk2"):
    """A founder's answer to an invite: accept or decline sharing with the consultant.

    ``token`` proves the user opened the link with the invite's code (see
    ``bot.consultant.invites.acceptance_token``); the id alone grants nothing.
    """

    action: str
    invite: int
    token: str


class SessionCb(CallbackData, prefix="sr1"):
    """ "Записаться на разбор" under a finished card."""

    vp: int


class UnlinkCb(CallbackData, prefix="ul1"):
    """A founder leaving their consultant: ask, confirm."""

    action: str
