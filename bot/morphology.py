"""One Russian morphological analyzer (pymorphy3) for the whole process.

The answer checks and the question linter both read lemmas and tense; the dictionaries take
about 23 MiB and 0.15-0.4 s to load, so they are loaded once, on first use, and shared.
"""

from functools import cache

from pymorphy3 import MorphAnalyzer


@cache
def russian_analyzer() -> MorphAnalyzer:
    """The shared Russian analyzer (see bench/RESULTS.md for its cost)."""
    return MorphAnalyzer(lang="ru")
