"""Word analysis for the checks: Russian lemmas and tense (pymorphy3), English stems (Snowball).

The Russian analyzer loads its dictionaries once, on first use (see bench/RESULTS.md for the cost).
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from bot.morphology import russian_analyzer
from bot.value_prop.checks.text import words

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    """One word: its lemma (a stem for English), part of speech and tense where known."""

    word: str
    lemma: str
    pos: str | None = None
    tense: str | None = None


@cache
def _english() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def is_russian(text: str) -> bool:
    """Whether the text is written mostly in Cyrillic."""
    letters = [char for char in text if char.isalpha()]
    cyrillic = sum(bool(_CYRILLIC.match(char)) for char in letters)
    return bool(letters) and cyrillic * 2 >= len(letters)


# Founders' words repeat; bounded so a long-running bot does not grow without limit.
_WORD_CACHE = 20_000


@lru_cache(maxsize=_WORD_CACHE)
def _ru_token(word: str) -> Token:
    parses = russian_analyzer().parse(word)
    best = parses[0]
    # A tense only when every verb reading agrees: «считаем» is present (считать) or future
    # (счесть), so it is no promise.
    tenses = {parse.tag.tense for parse in parses if parse.tag.POS == "VERB" and parse.tag.tense}
    tense = best.tag.tense if len(tenses) == 1 else None
    return Token(word, best.normal_form, best.tag.POS, tense)


def english_stem(word: str) -> str:
    """The Snowball stem of an English word ("reviews" → "review")."""
    return str(_english().stemWord(word))


@lru_cache(maxsize=_WORD_CACHE)
def _en_token(word: str) -> Token:
    return Token(word, english_stem(word))


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their lemmas (Cyrillic words) or stems (the rest)."""
    return [_ru_token(word) if _CYRILLIC.search(word) else _en_token(word) for word in words(text)]
