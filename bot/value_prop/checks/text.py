"""Text helpers for the answer checks: normalising, splitting into words, crude stems, patterns."""

import re

# Folded before matching, so word lists need only one spelling: ё→е, one kind of dash and quote.
_FOLD = str.maketrans(
    {"ё": "е", "–": "-", "—": "-", "‑": "-", "−": "-", "’": "'", "‘": "'", "`": "'"}
)
# A word is letters and digits; hyphenated parts stay together ("hr-директор", "first-time").
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_CYRILLIC = re.compile(r"[а-я]")
# "Not preceded by a letter or digit": a word start, also right after a hyphen ("чат-бот").
_START = r"(?<![^\W_])"
_END = r"(?![^\W_])"

# Russian inflection endings, longest first; stripping one leaves a comparable stem
# ("теряют"/"терять" → "тер", "заявки"/"заявок" → "заявк"/"заяв").
_RU_REFLEXIVE = ("ся", "сь")
_RU_ENDINGS = tuple(
    sorted(
        (
            *("иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ают", "яют", "ует"),
            *("ить", "ать", "ять", "еть", "уть", "ешь", "ишь", "ете", "ите", "ая", "яя", "ое"),
            *("ее", "ые", "ие", "ый", "ий", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ов"),
            *("ев", "ую", "юю", "ых", "их", "ым", "им", "ть", "ет", "ит", "ют", "ут", "ят", "ат"),
            *("ла", "ло", "ли", "ок", "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "л"),
        ),
        key=len,
        reverse=True,
    )
)
# English endings, longest first ("invoices"/"invoice", "losing"/"lose").
_EN_ENDINGS = ("ing", "ed", "es", "ly", "s")
_STEM_MIN = 3
_STEM_MAX = 6
# Stems this long or longer must agree on this many leading letters to count as one word.
_STEM_AGREE = 5


def normalise(text: str) -> str:
    """Lowercase, ё→е, one kind of dash and quote, single spaces."""
    return " ".join(text.lower().translate(_FOLD).split())


def words(text: str) -> list[str]:
    """The words of ``text``, normalised; emoji and punctuation are dropped."""
    return _WORD.findall(normalise(text))


def starts(*stems: str) -> str:
    """Regex source: a word beginning with one of ``stems`` (a stem may span words)."""
    body = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return rf"{_START}(?:{body})"


def whole(*items: str) -> str:
    """Regex source: one of ``items`` as a whole word (or phrase)."""
    return rf"{starts(*items)}{_END}"


def pattern(*sources: str) -> re.Pattern[str]:
    """Compile alternatives built by :func:`starts` / :func:`whole` / raw regex into one."""
    return re.compile("|".join(f"(?:{source})" for source in sources))


def _cut(word: str, endings: tuple[str, ...]) -> str:
    """``word`` without the first of ``endings`` it ends in, if that leaves a stem."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN:
            return word[: -len(ending)]
    return word


def stem(word: str) -> str:
    """A crude stem: one inflection ending cut off, then at most six letters."""
    if word.isdigit():
        return word
    if _CYRILLIC.search(word):
        return _cut(_cut(word, _RU_REFLEXIVE), _RU_ENDINGS)[:_STEM_MAX]
    return _cut(word, _EN_ENDINGS)[:_STEM_MAX]


def same_stem(first: str, second: str) -> bool:
    """Whether two stems are likely the same word ("заяв"/"заявк", "врем"/"времен")."""
    if first.isdigit() or second.isdigit():
        return first == second
    shared = 0
    for mine, theirs in zip(first, second, strict=False):
        if mine != theirs:
            break
        shared += 1
    return shared >= min(len(first), len(second), _STEM_AGREE)
