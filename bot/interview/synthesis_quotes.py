"""Picking a few representative customer quotes for a hypothesis, deterministically."""

import re
from collections.abc import Sequence

from bot.interview.synthesis_model import HypothesisNote

MAX_QUOTES = 3
QUOTE_LIMIT = 280  # characters; longer quotes are cut at a word

# Signs that a quote reports a concrete past event rather than an opinion.
_PAST = re.compile(
    r"\b(вчера|позавчера|недавно|назад|прошл\w*|в понедельник|во вторник|в среду|в четверг"
    r"|в пятницу|в субботу|в воскресенье|yesterday|ago|last|recently|on (mon|tues|wednes"
    r"|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def clip(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if (space := cut.rfind(" ")) > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" .,;:!-–—") + "…"


def concreteness(text: str) -> int:
    """Higher for quotes with numbers, past events and a readable length."""
    score = 2 if any(char.isdigit() for char in text) else 0
    score += 1 if _PAST.search(text) else 0
    score += 1 if 40 <= len(text) <= 200 else 0
    return score - (1 if len(text) < 15 else 0)


def pick_quotes(notes: Sequence[HypothesisNote], majority: str | None) -> list[str]:
    """Up to MAX_QUOTES distinct quotes: those with the majority verdict first, then other
    verdicts, then ones without a verdict; within each, concrete first, then interview order."""
    ranked: list[tuple[int, int, int, str]] = []
    for index, note in enumerate(notes):
        text = clip(note.said or "", QUOTE_LIMIT)
        if text:
            group = 0 if note.verdict == majority else 1 if note.verdict else 2
            ranked.append((group, -concreteness(text), index, text))
    quotes: list[str] = []
    seen: set[str] = set()
    for *_, text in sorted(ranked):
        if text.casefold() not in seen:
            seen.add(text.casefold())
            quotes.append(text)
    return quotes[:MAX_QUOTES]
