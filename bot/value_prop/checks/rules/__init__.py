"""Cue lists of the answer checks, as data: one module per field, words as lemmas or stems."""

from bot.value_prop.checks.morph import english_stem


def en_stems(*words: str) -> frozenset[str]:
    """English cue words as the Snowball stems the checks compare against."""
    return frozenset(english_stem(word) for word in words)
