"""Callback data of the interview buttons (prefixes i1, q1, g1, n1; under 64 bytes).

Callback data can be forged: handlers re-check ownership and the dialogue state on the server."""

from aiogram.filters.callback_data import CallbackData


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
