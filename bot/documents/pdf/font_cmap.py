"""Which characters a TrueType font has glyphs for, read from its cmap table by fontTools."""

from io import BytesIO

from fontTools.ttLib import TTFont


def codepoints(data: bytes) -> set[int]:
    """Code points the font's Unicode cmap subtables map to a glyph other than .notdef."""
    tables = TTFont(BytesIO(data), lazy=True)["cmap"].tables
    return {code for t in tables if t.isUnicode() for code, g in t.cmap.items() if g != ".notdef"}
