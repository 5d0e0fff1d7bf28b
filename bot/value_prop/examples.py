"""Picking an example answer from the bank in the locale files: one that fits, and a fresh one.

The bank is ``vp-ex-<industry>-<n>-<field>`` (examples.ftl); an example id is "<industry>-<n>".
Examples of the founder's industry (told from their segment) come first; the rest follow
interleaved by industry and rotated by a seed (the proposition's id), so founders whose industry
is unknown see varied ones. "Fresh" is the next one after the last shown.
"""

from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.value_prop.industries import INDUSTRIES, industry_of
from bot.value_prop.questions import FIELDS, Field

MAX_PER_INDUSTRY = 20  # how far the bank is probed; examples are numbered from 1 without gaps


def example_text_key(example_id: str, field: Field) -> str:
    """Locale key of one field of an example, e.g. ("services-1", problem)."""
    return f"vp-ex-{example_id}-{field}"


@lru_cache(maxsize=8)
def bank(has: Callable[[str], bool]) -> tuple[str, ...]:
    """Example ids with all five fields, interleaved: services-1, b2b-1, …, services-2, …

    ``has`` tells whether a locale key exists (``Translator.has``); cached per translator.
    """
    per_industry: list[list[str]] = []
    for industry in INDUSTRIES:
        ids: list[str] = []
        for n in range(1, MAX_PER_INDUSTRY + 1):
            example_id = f"{industry}-{n}"
            if not all(has(example_text_key(example_id, field)) for field in FIELDS):
                break
            ids.append(example_id)
        per_industry.append(ids)
    longest = max((len(ids) for ids in per_industry), default=0)
    return tuple(ids[n] for n in range(longest) for ids in per_industry if n < len(ids))


def order(examples: Sequence[str], segment: str | None, seed: int) -> list[str]:
    """The order to offer ``examples`` in: the segment's industry first, then the rest rotated."""
    industry = industry_of(segment)
    fitting = [e for e in examples if industry is not None and e.startswith(f"{industry}-")]
    rest = [e for e in examples if e not in fitting]
    if rest:
        start = seed % len(rest)
        rest = rest[start:] + rest[:start]
    return fitting + rest


def pick(examples: Sequence[str], segment: str | None, seed: int, after: str | None = None) -> str:
    """The first example to show, or with ``after`` (the last one shown) the next, fresh one."""
    ordered = order(examples, segment, seed)
    if not ordered:
        raise LookupError("the example bank is empty")
    if after in ordered:
        return ordered[(ordered.index(after) + 1) % len(ordered)]
    return ordered[0]
