"""Problem-interview question linter: rule-based findings for Russian and English questions."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from bot.interview.linter.match import Matcher, Span, sentence_of, sentences
from bot.interview.linter.rules.ask import OPINION_OF_IDEA
from bot.interview.linter.rules.future import FUTURE_HYPOTHETICAL
from bot.interview.linter.rules.market import THIRD_PARTY_OPINION, USUAL_PRICE
from bot.interview.linter.rules.money import PRICE_GUESS
from bot.interview.linter.rules.promise import FUTURE_PROMISE
from bot.interview.linter.rules.self import SELF_DIAGNOSIS
from bot.interview.linter.rules.tone import LEADING, PITCHING
from bot.value_prop.checks.text import normalise

# Every rule, in the order findings are reported.
RULES: Mapping[str, Matcher] = {
    "future_hypothetical": FUTURE_HYPOTHETICAL,
    "future_promise": FUTURE_PROMISE,
    "price_guess": PRICE_GUESS,
    "usual_price": USUAL_PRICE,
    "opinion_of_idea": OPINION_OF_IDEA,
    "third_party_opinion": THIRD_PARTY_OPINION,
    "leading": LEADING,
    "pitching": PITCHING,
    "self_diagnosis": SELF_DIAGNOSIS,
}
# "How much would you pay?" is a price question said in the conditional: one finding with the
# more specific advice is enough, so these rules absorb a hypothetical in the same sentence.
_ABSORB_HYPOTHETICAL = (
    "future_promise",
    "price_guess",
    "opinion_of_idea",
    "third_party_opinion",
    "self_diagnosis",
)

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


@dataclass(frozen=True)
class LintFinding:
    """A problem found in an interview question: which rule fired."""

    rule: str

    @property
    def message_key(self) -> str:
        """Locale key of the short explanation."""
        return f"lint-{self.rule.replace('_', '-')}"

    @property
    def rewrite_key(self) -> str:
        """Locale key of the rewrite pattern."""
        return f"{self.message_key}-rewrite"


def _absorbed(hits: list[Span], specific: list[Span], clauses: list[Span]) -> bool:
    """Whether every hypothetical hit shares its sentence with a more specific finding."""
    covered = {sentence_of(start, clauses) for start, _ in specific}
    return all(sentence_of(start, clauses) in covered for start, _ in hits)


def lint_question(text: str) -> list[LintFinding]:
    """Findings for one question, in rule order, each rule at most once; [] for a good one."""
    normal = normalise(text)
    if not normal:
        return []
    spans = {rule: matcher.spans(normal) for rule, matcher in RULES.items()}
    hypothetical = spans["future_hypothetical"]
    specific = [span for rule in _ABSORB_HYPOTHETICAL for span in spans[rule]]
    if hypothetical and specific and _absorbed(hypothetical, specific, sentences(normal)):
        spans["future_hypothetical"] = []
    return [LintFinding(rule) for rule, found in spans.items() if found]


def detect_language(text: str) -> Literal["ru", "en"]:
    """Russian when at least half the letters are Cyrillic (and when there are no letters)."""
    return "ru" if len(_CYRILLIC.findall(text)) >= len(_LATIN.findall(text)) else "en"
