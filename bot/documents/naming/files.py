"""Export file names: what, whose and when, in safe ASCII (vp-coach-clients-2026-12-06.xlsx)."""

import re
import unicodedata
from datetime import date

PREFIX = "vp-coach"
SLUG_MAX = 40
# Russian letters as they are usually spelled in Latin (passport-style, simplified).
_RUSSIAN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
            *("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o"),
            *("p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e"),
            *("yu", "ya"),
        ),
        strict=True,
    )
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``text`` as lowercase ASCII words joined by "-": "Анна Кофейникова" → "anna-kofeynikova".

    Cyrillic is transliterated, accents dropped, anything else becomes a separator; at most
    SLUG_MAX characters, cut at a word boundary; "" when nothing is left.
    """
    latin = "".join(_RUSSIAN.get(char, char) for char in text.lower())
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    words = _NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(words) <= SLUG_MAX:
        return words
    cut = words[: SLUG_MAX + 1]  # one more: a "-" there means the last word fits whole
    return cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_MAX]


def export_filename(scope: str, day: date, suffix: str) -> str:
    """``vp-coach-<scope>-<YYYY-MM-DD>.<suffix>``; ``scope`` should already be a slug."""
    return f"{PREFIX}-{scope}-{day.isoformat()}.{suffix}"


def client_scope(client_id: int, name: str, username: str | None) -> str:
    """A per-client scope: the client's name (or username) as a slug, else "client-<id>"."""
    return slug(name) or slug(username or "") or f"client-{client_id}"
