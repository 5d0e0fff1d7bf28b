"""The defining traits of a customer segment (role, size, place, circumstance), read from the
founder's segment answer with a few patterns (pure). A miss is fine: screening asks openly."""

import re
from dataclasses import asdict, dataclass

# A relative clause that narrows the segment: "…, которые сами закупают зерно", "who buy …".
_CIRCUMSTANCE = re.compile(
    r"(?:,\s*|\s)(?:у\s+которых|которые|который|которая|которым|где|когда"
    r"|who|that|which|whose|where|when)\s+(?P<value>[^,;.]+)",
    re.IGNORECASE,
)
# A number with what it counts ("с 1–3 точками", "на 2–5 кресел", "with 1-3 locations").
_SIZE_NUMBER = re.compile(
    r"(?:(?:с|на|до|от|из|по|with|of|up\s+to|from)\s+)?"
    r"\d[\d\s]*(?:\s*[-–—]\s*\d+)?\+?\s*(?:%\s*)?[^\W\d_]+(?:\s+(?:in|of)\s+[^\W\d_]+)?",
    re.IGNORECASE,
)
_SIZE_WORD = re.compile(
    r"\b(?:небольш\w*|мал\w+|средн\w+|крупн\w+|small|mid-sized|medium-sized|large|solo)"
    r"(?:\s+[^\W\d_]+)?",
    re.IGNORECASE,
)
# A capitalised place after a preposition ("в Казани", "in Kazan"), optionally two words long.
_PLACE = re.compile(
    r"(?P<value>\b(?:в|во|на|из|по|in|across|around|from)\s+(?:the\s+)?"
    r"[A-ZА-ЯЁ][\w-]+(?:\s+(?:[A-ZА-ЯЁ][\w-]+|области|края|района|region|area))?)"
)
_PLACE_GENITIVE = re.compile(r"\s(?P<value>[А-ЯЁ][а-яё-]+(?:ого|его|ой|ей)\s+(?:края|области))")
# Words that end the role ("Владельцы кофеен | в Казани"); the role is what comes before.
_ROLE_END = re.compile(
    r"[,;:(—–]|\s(?:в|во|на|с|со|из|для|у|по|до|от|in|with|at|from|for|who|that|which|whose"
    r"|across|around|of\s+\d)\s",
    re.IGNORECASE,
)
ROLE_WORDS = 5


@dataclass(frozen=True)
class SegmentTraits:
    role: str | None = None
    size: str | None = None
    place: str | None = None
    circumstance: str | None = None

    def found(self) -> list[tuple[str, str]]:
        """(trait, value) for the traits that were found, in the order of the fields."""
        return [(name, value) for name, value in asdict(self).items() if value]


def _clean(value: str) -> str | None:
    flat = " ".join(value.split()).strip(" .,;:!?—–-")
    return flat or None


def lower_first(value: str) -> str:
    """Lower-case the first letter, but keep acronyms and names like "IT", "HoReCa" as written."""
    return value if len(value) > 1 and value[1].isupper() else value[:1].lower() + value[1:]


def extract_traits(segment: str | None) -> SegmentTraits:
    """The traits found in a segment answer; all None for a blank one."""
    text = " ".join((segment or "").split())
    if not text:
        return SegmentTraits()
    match = _CIRCUMSTANCE.search(text)
    circumstance = _clean(match["value"]) if match else None
    head = text[: match.start()] if match else text
    size_match = _SIZE_NUMBER.search(head) or _SIZE_WORD.search(head)
    size = _clean(size_match[0]) if size_match else None
    place_match = _PLACE.search(head) or _PLACE_GENITIVE.search(head)
    place = _clean(place_match["value"]) if place_match else None
    end = _ROLE_END.search(head)
    role_words = (head[: end.start()] if end else head).split()[:ROLE_WORDS]
    role = _clean(" ".join(role_words))
    return SegmentTraits(
        role=lower_first(role) if role else None, size=size, place=place, circumstance=circumstance
    )
