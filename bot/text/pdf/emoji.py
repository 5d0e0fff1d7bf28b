"""Noto Emoji (monochrome outlines, from the manimgx-fonts package): the fallback font that lets
the PDF documents and the card image show emoji instead of dropping them.

Its glyphs are drawn one code point at a time (neither fpdf2's ``text`` nor the card's glyph
cache shapes text), so the pieces of a composed emoji are left out: joiners and variation
selectors (not drawable), skin-tone modifiers and keycap marks (they would show beside the
emoji as separate swatches). The base emoji stays: 👍🏽 shows as 👍, 1️⃣ as 1.
"""

import unicodedata
from functools import lru_cache
from importlib.resources import files
from io import BytesIO
from pathlib import Path

from fontTools.ttLib import TTFont

FILE = "NotoEmoji[wght].ttf"
_MODIFIERS = range(0x1F3FB, 0x1F400)  # skin tones
_VARIATION_SELECTORS = range(0xFE00, 0xFE10)


def font_path() -> Path:
    """The font file as installed with the package."""
    return Path(str(files("manimgx_fonts") / FILE))


@lru_cache(maxsize=1)
def font_bytes() -> bytes:
    return font_path().read_bytes()


def _standalone(code: int) -> bool:
    if code in _MODIFIERS or code in _VARIATION_SELECTORS or code < 0x80:
        return False  # ASCII (digits, "#", "*" are in the font for keycaps) stays the text font's
    category = unicodedata.category(chr(code))
    return category[0] not in "CZ" and category not in ("Me", "Mn")


def codepoints(data: bytes) -> set[int]:
    """Code points a TrueType font's Unicode cmap subtables map to a glyph other than .notdef."""
    tables = TTFont(BytesIO(data), lazy=True)["cmap"].tables
    return {code for t in tables if t.isUnicode() for code, g in t.cmap.items() if g != ".notdef"}


@lru_cache(maxsize=1)
def emoji_codepoints() -> frozenset[int]:
    """Characters the emoji font draws on its own."""
    return frozenset(code for code in codepoints(font_bytes()) if _standalone(code))
