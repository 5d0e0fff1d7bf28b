"""Segment check: the answer names nobody in particular ("все", "малый бизнес", "people").

A wish, a need or a taste is cut out first («все, кто хочет похудеть» → «все»); what is left must
hold a word that narrows (a role, a sub-industry, a size in numbers, a place, a circumstance).
"""

from bot.value_prop.checks.morph import Token, tokens
from bot.value_prop.checks.rules import segment as rules
from bot.value_prop.checks.text import normalise, words

# A single word is a lone noun at best ("клиенты", "мамы"); two may be specific ("клиники ЭКО").
MIN_WORDS = 2


def _is_age(found: list[Token], index: int) -> bool:
    """Whether the number at ``index`` is an age ("women 30+", «от 18 до 65 лет»)."""
    for token in found[index + 1 :]:
        if token.word in rules.YEARS:
            return True
        if not (token.word in rules.AGE_LINKS or token.word.isdigit()):
            break
    for token in reversed(found[:index]):
        if token.word in rules.AGE_WORDS or _demographic(token):
            return True
        if not (token.word in rules.AGE_LINKS or token.word.isdigit()):
            return False
    return False


def _demographic(token: Token) -> bool:
    return normalise(token.lemma) in rules.DEMOGRAPHIC


def _narrows(found: list[Token], index: int) -> bool:
    token = found[index]
    word = token.word
    if word in rules.FILLER or word in rules.QUANTIFIERS or word in rules.PEOPLE_HEADS:
        return False
    following = found[index + 1].word if index + 1 < len(found) else ""
    if word in rules.AGE_WORDS or (word in rules.AGE_LINKS and following.isdigit()):
        return False  # "over 35", «старше»: part of an age
    if word in rules.BROAD_WORDS or _demographic(token):
        return False  # "мамы", "millennials": demographics alone narrow nobody down
    if any(char.isdigit() for char in word):
        return not _is_age(found, index)  # a number: size or count, unless it is an age
    return len(word) >= 2 and not word.startswith(rules.BROAD_STEMS)


def _core(text: str) -> str:
    """The segment without its wishes and tastes (they name no trait)."""
    normal = normalise(text)
    for cue in (rules.WISH_CLAUSE, rules.WISH_PARTICIPLE, rules.TASTE):
        normal = cue.sub(" , ", normal)
    return normal


def _people_head(found: list[Token]) -> bool:
    """Whether the segment is "anyone / people / все, кто…" rather than a kind of business.

    A quantifier is such a head unless a narrowing word follows it: "all companies", "any adult"
    and «все, кто…» are people in general; «все стоматологии» are a kind of business.
    """
    for index, token in enumerate(found):
        if token.word in rules.PEOPLE_HEADS:
            return True
        if token.word in rules.QUANTIFIERS and not (
            index + 1 < len(found) and _narrows(found, index + 1)
        ):
            return True
    return False


def segment_too_broad(text: str) -> bool:
    """True when no word narrows the segment: no role, industry, size, place or circumstance."""
    core = _core(text)
    # Hyphenated words count by their parts: «it-компании» is "it" + "компании".
    parts = [part for word in words(core) for part in word.split("-") if part]
    if sum(part not in rules.QUANTIFIERS for part in parts) < MIN_WORDS:
        return True
    found = tokens(" ".join(parts))
    narrowing = sum(_narrows(found, index) for index in range(len(found)))
    needed = rules.PEOPLE_NARROWING if _people_head(found) else 1
    return narrowing < needed
