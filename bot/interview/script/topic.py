"""The topic that names the customer's world in the script («закупка зерна», "patient
reminders"): proposed from the problem answer, confirmed or typed by the founder (pure)."""

import re

from bot.interview.script.segment_traits import lower_first

TOPIC_MIN, TOPIC_MAX = 2, 60
TOPIC_WORDS = 3  # words of a proposal; a typed topic may be longer

_CLAUSE_END = re.compile(
    r"[,.;:!?()]|\s[-–—]\s|\s(?:и|но|а|потому|поэтому|из-за|когда|and|but|because|so|when)\s",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w-]*")
# Words that cannot start or be part of a proposed noun phrase.
_STOP_WORDS = (
    "я мы вы они он она оно их наш наши ваш ваши свои свой у нас них не нет ни это этот эта эти "
    "тот та те то все всё весь очень слишком много мало всегда часто иногда постоянно регулярно "
    "внезапно долго сложно трудно нельзя нужно надо вовремя уже ещё еще только даже каждый "
    "каждую каждое в во на с со из для по до от о об при за под без к ко "
    "i we you they he she it our your their my its the a an this that these those there not no "
    "never always often sometimes constantly every each too very much many lot lots of in on at "
    "to for with from by about without is are was were be been do does did don't doesn't can "
    "can't cannot have has had get gets got need needs take takes spend spends lose loses "
    "run runs go goes forget forgets miss misses make makes come comes keep keeps"
)
_STOP = frozenset(_STOP_WORDS.split())
# Russian verb and short-participle endings; a proposal stops at the first such word.
_RU_VERB = re.compile(
    r"(?:ет|ёт|ют|ит|ят|ут|ат|ется|ются|ится|ятся|ал|ала|али|ил|ила|или|ял|яли|ел|ели|ть|ться"
    r"|ешь|ем|им|ен|ена|ены|ан|ана|аны)$"
)
_EN_VERB = re.compile(r"(?:ed|ly)$")  # "-ing" stays: "Ordering beans" is a fine topic


def _is_verb(word: str) -> bool:
    lowered = word.casefold()
    if re.search(r"[а-яё]", lowered):
        return bool(_RU_VERB.search(lowered))
    return bool(_EN_VERB.search(lowered))


def propose_topic(problem: str | None) -> str | None:
    """A short noun phrase from the start of the problem answer, or None if none is found."""
    text = " ".join((problem or "").split())
    clause = _CLAUSE_END.split(text, maxsplit=1)[0] if text else ""
    picked: list[str] = []
    for word in _WORD.findall(clause):
        if word.casefold() in _STOP or _is_verb(word):
            if picked:
                break
            continue
        picked.append(word)
        if len(picked) == TOPIC_WORDS:
            break
    if not picked:
        return None
    topic = " ".join([lower_first(picked[0]), *picked[1:]])
    return clean_topic(topic)


def clean_topic(text: str | None) -> str | None:
    """A typed topic on one line without quotes or end punctuation; None if unusable."""
    if text is None or "\n" in text.strip():
        return None
    flat = " ".join(text.split()).strip(" «»\"'“”„.,;:!?")
    if not TOPIC_MIN <= len(flat) <= TOPIC_MAX or not _WORD.search(flat):
        return None
    return flat
