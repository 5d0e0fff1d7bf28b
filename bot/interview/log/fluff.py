"""Fluff in a customer's words: compliments, future promises, generalities (Russian, English)."""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.interview.linter.match import Rule
from bot.interview.log.fluff_rules import (
    COMPLIMENT,
    COMPLIMENT_WORD,
    FUTURE_PROMISE,
    GENERIC_CLAIM,
)
from bot.value_prop.checks.text import normalise

# Every code with its rules, in the order findings are reported.
CODES: Mapping[str, tuple[Rule, ...]] = {
    "compliment": (COMPLIMENT, COMPLIMENT_WORD),
    "future_promise": (FUTURE_PROMISE,),
    "generic_claim": (GENERIC_CLAIM,),
}


@dataclass(frozen=True)
class FluffFinding:
    """Fluff found in a note of what the customer said: which kind."""

    code: str

    @property
    def text_key(self) -> str:
        """Locale key of the nudge back towards facts."""
        return f"fluff-{self.code.replace('_', '-')}"


def check_fluff(text: str) -> list[FluffFinding]:
    """Findings for one note, in code order, each code at most once; [] for concrete facts."""
    normal = normalise(text)
    if not normal:
        return []
    return [
        FluffFinding(code)
        for code, rules in CODES.items()
        if any(rule.spans(normal) for rule in rules)
    ]
