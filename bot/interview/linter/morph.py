"""Russian morphology for the question linter (pymorphy3): which words are "you will" verbs.

Word forms are not listed by hand: a verb counts when one reading of it is a second-person
future indicative ("подпишетесь", "купите", "будете"), whatever the verb.
"""

import functools
import re
from dataclasses import dataclass

from bot.interview.linter.match import Span, sentences
from bot.morphology import russian_analyzer

_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
_YOU_WILL = frozenset({"VERB", "2per", "futr", "indc"})
# Polite requests look like futures: "покажете, где?", "расскажете подробнее?". Asking for a
# referral ("кого посоветуете?") is cleared by the rules' REFERRAL cue instead.
_REQUESTS = (
    "показать рассказать описать вспомнить поделиться уточнить объяснить прислать подсказать "
    "назвать сказать привести познакомить напомнить дать смочь ответить уделить позволить "
    "простить извинить"
)
REQUEST_LEMMAS = frozenset(_REQUESTS.split())


@functools.lru_cache(maxsize=8192)
def you_will_lemma(word: str) -> str | None:
    """The lemma of ``word`` when it is a second-person future verb, else None.

    A form that may also be a present ("узнаете": узнать or узнавать; "передаете") is not
    counted: without ё ("узнаёте") the two cannot be told apart, and a present is a fine
    question.
    """
    parses = russian_analyzer().parse(word)  # shared with the answer checks
    if any("pres" in parse.tag.grammemes for parse in parses):
        return None
    return next((str(p.normal_form) for p in parses if p.tag.grammemes >= _YOU_WILL), None)


@dataclass(frozen=True)
class VerbRule:
    """Fires on a sentence holding a "you will" verb, after ``cue`` when one is given.

    With ``cue`` the hit is the cue's span, and ``near`` limits how many words may stand between
    the cue and the verb (None: anywhere in the sentence); without it the hit is the verb.
    """

    cue: re.Pattern[str] | None = None
    near: int | None = None
    requests_count: bool = True
    unless: re.Pattern[str] | None = None

    def _test(self, word: str) -> bool:
        """A "you will" verb ("купите"); a polite request ("покажете") only if they count."""
        lemma = you_will_lemma(word)
        return lemma is not None and (self.requests_count or lemma not in REQUEST_LEMMAS)

    def spans(self, normal: str) -> list[Span]:
        if self.unless is not None and self.unless.search(normal):
            return []
        found: list[Span] = []
        for start, end in sentences(normal):
            verbs = [
                match for match in _WORD.finditer(normal, start, end) if self._test(match.group())
            ]
            if not verbs:
                continue
            if self.cue is None:
                found.extend(match.span() for match in verbs)
                continue
            for cue in self.cue.finditer(normal, start, end):
                if self.near is None or any(
                    verb.start() >= cue.end()
                    and len(normal[cue.end() : verb.start()].split()) <= self.near
                    for verb in verbs
                ):
                    found.append(cue.span())
        return found
