"""Control check: a control is a mechanism with named parts, not a target or a promise.

A control passes when it says what is observed or measured (metric), where that comes from
(source: a system, a report, a call, a survey) and how often (cadence). What happens when the
figure is off (action) is coached alongside the missing parts. A control in the future tense only
(«будем спрашивать», "we'll check in") naming no metric or cadence is a promise.
"""

import re

from bot.value_prop.checks.morph import Token, tokens
from bot.value_prop.checks.rules import control as rules
from bot.value_prop.checks.text import normalise

METRIC = "control_no_metric"
SOURCE = "control_no_source"
CADENCE = "control_no_cadence"
ACTION = "control_no_action"
PROMISE = "control_promise"
REASONS = (METRIC, SOURCE, CADENCE, ACTION, PROMISE)


def _has(normal: str, lemmas: frozenset[str], found: list[Token], regex: re.Pattern[str]) -> bool:
    return bool(regex.search(normal)) or any(t.lemma.replace("ё", "е") in lemmas for t in found)


def _promise(normal: str, found: list[Token]) -> bool:
    """Only future-tense verbs («будем стараться», «соберём», "we'll"): said, not yet done."""
    if rules.EN_FUTURE.search(normal):
        return True
    verbs = [token for token in found if token.pos == "VERB"]
    return bool(verbs) and all(token.tense == "futr" for token in verbs)


def control_parts(text: str) -> dict[str, bool]:
    """Which named parts of a control the answer has: metric, source, cadence, action."""
    normal = rules.OPINION.sub(" ", normalise(text))
    # Hyphenated words count whole and by their parts («таск-трекер», "no-show").
    found = tokens(normal) + tokens(normal.replace("-", " "))
    named_system = bool(rules.NAMED_SYSTEM.search(text))
    return {
        "metric": _has(normal, rules.METRIC_LEMMAS, found, rules.METRIC),
        "source": named_system or _has(normal, rules.SOURCE_LEMMAS, found, rules.SOURCE),
        "cadence": bool(rules.CADENCE.search(normal)),
        "action": bool(rules.ACTION.search(normal)),
    }


def control_reasons(text: str) -> list[str]:
    """Reason ids of what the control misses; empty when metric, source and cadence are named."""
    parts = control_parts(text)
    named = (("metric", METRIC), ("source", SOURCE), ("cadence", CADENCE))
    missing = [reason for part, reason in named if not parts[part]]
    if not missing:
        return []
    normal = normalise(text)
    if _promise(normal, tokens(normal)) and not (parts["metric"] or parts["cadence"]):
        missing.insert(0, PROMISE)
    if not parts["action"]:
        missing.append(ACTION)
    return missing
