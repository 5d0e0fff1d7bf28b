"""The name "Name it later" gives a proposition: its segment, shortened sensibly."""

import re

AUTO_NAME_LENGTH = 40
ELLIPSIS = "…"
TRAILING = " .,;:!?-–—(«“\"'"
# A clause ends here: cutting at one keeps a whole phrase and needs no "…".
_CLAUSE = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s)")
# Words that cannot end a name: a preposition, conjunction or article waiting for its noun.
_DANGLING = frozenset(
    {
        *("и", "в", "во", "с", "со", "на", "для", "по", "из", "от", "до", "за", "у", "к", "ко"),
        *("о", "об", "а", "но", "или", "что", "где", "как", "которые", "который", "которых"),
        *("чтобы", "при", "без", "под", "над", "про", "через", "and", "or", "in", "of", "for"),
        *("with", "who", "that", "which", "the", "a", "an", "to", "at", "on", "by", "from"),
    }
)


def _tidy(text: str) -> str:
    return text.rstrip(TRAILING).strip()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def auto_name(segment: str, limit: int = AUTO_NAME_LENGTH) -> str:
    """A name from the segment answer: whole when short; else up to a clause end that keeps
    most of the room, else cut at a word with "…"; never ending in a comma or a dangling word.
    """
    flat = _tidy(" ".join(segment.split()))
    if len(flat) <= limit:
        return _capitalised(flat)
    clause_ends = [m.start() for m in _CLAUSE.finditer(flat[: limit + 1])]
    good = [end for end in clause_ends if end >= limit * 0.6]
    if good:
        return _capitalised(_tidy(flat[: good[-1]]))
    words = flat[:limit].split(" ")
    if len(words) > 1 and not flat[limit:].startswith(" "):
        words = words[:-1]  # the last word was cut in the middle
    while len(words) > 1 and _tidy(words[-1]).lower() in _DANGLING:
        words.pop()
    return _capitalised(_tidy(" ".join(words))) + ELLIPSIS
