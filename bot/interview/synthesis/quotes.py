"""Customers' words as evidence: concreteness, past facts and a stable order."""

import re

from bot.interview.synthesis.model import COMMITMENT_WEIGHTS, Evidence

QUOTE_LIMIT = 280  # characters; longer quotes are cut at a word

# Signs that a quote reports a concrete past event rather than an opinion.
_PAST = re.compile(
    r"\b(вчера|позавчера|недавно|назад|прошл\w*|последний раз"
    r"|в понедельник|во вторник|в среду|в четверг"
    r"|в пятницу|в субботу|в воскресенье|yesterday|ago|last|recently|on (mon|tues|wednes"
    r"|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def concreteness(text: str) -> int:
    """Higher for quotes with numbers, past events and a readable length."""
    score = 2 if any(char.isdigit() for char in text) else 0
    score += 1 if _PAST.search(text) else 0
    score += 1 if 40 <= len(text) <= 200 else 0
    return score - (1 if len(text) < 15 else 0)


def has_past_fact(text: str | None) -> bool:
    """Whether ``text`` reports a concrete past event (a time marker such as "last week")."""
    return bool(text and _PAST.search(text))


def order_key(evidence: Evidence, index: int) -> tuple[int, int, int, int]:
    """Customers' own words first, then stronger commitments, then concrete, then in order."""
    text = evidence.quote or evidence.notes or ""
    return (
        0 if evidence.quote else 1,
        -COMMITMENT_WEIGHTS.get(evidence.commitment, 1),
        -concreteness(text),
        index,
    )
