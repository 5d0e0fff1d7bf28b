"""Matching helpers of the question linter: a rule's hits minus its exemptions, as text spans."""

import re
from dataclasses import dataclass
from typing import Protocol

from bot.value_prop.checks.text import pattern

Span = tuple[int, int]

# Shared regex pieces. "you" as founders type it in a hurry ("would u", "r ya").
YOU = r"(?:you|u|ya)"
# Up to ``n`` filler words between two parts of a phrase.
GAP1 = r"(?:\S+\s+)?"
GAP2 = r"(?:\S+\s+){0,2}?"
GAP3 = r"(?:\S+\s+){0,3}?"
# A sum of money: "$49", "990 рублей", "1,5 тыс", "20k", "50 bucks", "300 в месяц".
AMOUNT = (
    r"(?:[$€£]\s?\d[\d.,]*k?|\d[\d.,]*\s?(?:[kк]\b|[$€£₽]|р\b|руб\S*|тыс\S*|т\.р|евро\b|"
    r"долл\S*|бакс\S*|dollars?\b|bucks\b|euros?\b|usd\b|eur\b|rub\b)|"
    # A bare number per period is a price too: "2000 в месяц", "10 per seat", "5/mo".
    r"\d[\d.,]*\s?[kк]?\s?(?:в|за|per|a|/)\s?(?:месяц|мес|год|month|mo|year|yr|seat|user)\b)"
)
compile_any = pattern  # one pattern matching any of several raw regex sources
# Clauses: a hit counts for the sentence it starts in.
_SENTENCE = re.compile(r"[^.!?;]+[.!?;]*")


def overlaps(span: Span, others: list[Span]) -> bool:
    """Whether ``span`` shares at least one character with any of ``others``."""
    start, end = span
    return any(start < other_end and other_start < end for other_start, other_end in others)


def sentences(text: str) -> list[Span]:
    """Spans of the sentences (or ;-clauses) of ``text``."""
    return [match.span() for match in _SENTENCE.finditer(text)]


def sentence_of(position: int, spans: list[Span]) -> int:
    """Index of the sentence containing ``position`` (the last one if past the end)."""
    for index, (start, end) in enumerate(spans):
        if start <= position < end:
            return index
    return len(spans) - 1


class Matcher(Protocol):
    """Anything that finds where a rule fires in a normalised question."""

    def spans(self, normal: str) -> list[Span]:
        """Where the rule fires; empty when it does not."""
        ...


@dataclass(frozen=True)
class AnyOf:
    """A rule made of several matchers: fires where any of them does."""

    parts: tuple[Matcher, ...]

    def spans(self, normal: str) -> list[Span]:
        """The spans of every part, in order."""
        return [span for part in self.parts for span in part.spans(normal)]


@dataclass(frozen=True)
class Rule:
    """A linter rule: spans of ``hits`` not overlapped by ``exempt``, unless ``unless`` matches."""

    hits: re.Pattern[str]
    exempt: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None

    def spans(self, normal: str) -> list[Span]:
        if self.unless is not None and self.unless.search(normal):
            return []
        exempt = [match.span() for match in self.exempt.finditer(normal)] if self.exempt else []
        return [
            match.span()
            for match in self.hits.finditer(normal)
            if not overlaps(match.span(), exempt)
        ]
