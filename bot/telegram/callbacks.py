"""Callback data factories: short prefixes, versioned, well under Telegram's 64-byte limit.

Callback data comes from the client and can be forged: handlers re-check ownership and the
current dialogue state on the server before acting on any id found here.
"""

from aiogram.filters.callback_data import CallbackData


class ConsentCb(CallbackData, prefix="c1"):
    """Accepting the data notice of a given version."""

    version: int


class MenuCb(CallbackData, prefix="m1"):
    """Main menu: new, list, help, language, privacy, menu."""

    action: str


class LangCb(CallbackData, prefix="l1"):
    code: str


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


class IvCb(CallbackData, prefix="i1"):
    """Interview hub of one value proposition: script, docs, add, edit, log, list, syn, goal."""

    action: str
    vp: int
    arg: int = 0


class SqCb(CallbackData, prefix="q1"):
    """Editing one script question: pick, up, down, del."""

    action: str
    vp: int
    q: int


class LogCb(CallbackData, prefix="g1"):
    """A button inside the interview-logging dialogue (date, fit, verdict, commit, skip, keep)."""

    action: str
    iv: int
    value: str = ""


class IvItemCb(CallbackData, prefix="n1"):
    """One logged interview: view, del, delok, resume, edit."""

    action: str
    iv: int
    value: str = ""


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
