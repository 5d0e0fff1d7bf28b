"""Fonts of the card image: loading, code point coverage, cached glyphs, drawing a line.

Text is Fira Sans; a character it lacks but Noto Emoji has is drawn in Noto Emoji at the same
size (a fallback per glyph), so emoji in answers show on the card.
"""

import unicodedata
from functools import lru_cache
from importlib.resources import files
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from bot.text.pdf import emoji

WEIGHTS = ("Regular", "Italic", "Medium", "SemiBold", "Bold")
Colour = tuple[int, int, int]


@lru_cache(maxsize=len(WEIGHTS))
def _font_bytes(weight: str) -> bytes:
    return (files("fontpkg_fira_sans") / "files" / f"FiraSans-{weight}.ttf").read_bytes()


@lru_cache(maxsize=64)
def font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    """Fira Sans of one of WEIGHTS at ``size`` px."""
    # BASIC layout: the same picture whether libraqm is installed or not; it has no kerning,
    # so a line's width is the sum of its characters' advances (see text_width).
    return _truetype(_font_bytes(weight), size)


def _truetype(data: bytes, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(BytesIO(data), size, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=16)
def _emoji_font(size: int) -> ImageFont.FreeTypeFont:
    return _truetype(emoji.font_bytes(), size)


@lru_cache(maxsize=1)
def _emoji_only() -> frozenset[int]:
    """Characters drawn in the emoji font: those Fira Sans lacks."""
    return emoji.emoji_codepoints() - supported_codepoints()


def _face_for(face: ImageFont.FreeTypeFont, char: str) -> ImageFont.FreeTypeFont:
    return _emoji_font(face.size) if ord(char) in _emoji_only() else face


@lru_cache(maxsize=16384)
def _advance(face: ImageFont.FreeTypeFont, char: str) -> float:
    return _face_for(face, char).getlength(char)


def text_width(face: ImageFont.FreeTypeFont, text: str) -> float:
    """Pixel width of ``text``. The BASIC layout has no kerning, so the width is the sum of the
    advances; summing cached advances is ~50x faster than measuring whole strings each time."""
    return sum(_advance(face, char) for char in text)


@lru_cache(maxsize=4096)
def _glyph(face: ImageFont.FreeTypeFont, char: str) -> tuple[Image.Image, int, int]:
    """Coverage mask of one character and its offset from the pen position on the baseline."""
    face = _face_for(face, char)
    left, top, right, bottom = (int(edge) for edge in face.getbbox(char, anchor="ls"))
    mask = Image.new("L", (max(right - left, 1), max(bottom - top, 1)))
    ImageDraw.Draw(mask).text((-left, -top), char, font=face, fill=255, anchor="ls")
    return mask, left, top


def draw_text(
    image: Image.Image,
    at: tuple[float, int],
    text: str,
    face: ImageFont.FreeTypeFont,
    fill: Colour,
    align: str = "left",
) -> None:
    """One line of text; ``at`` is its start (or end, or centre) and the middle of its height.

    Pillow re-renders every glyph of every string (~6 ms a line here); pasting cached glyph masks
    at the same integer pen positions gives the same picture (to a stray pixel) much faster.
    """
    ascent, descent = face.getmetrics()
    pen = at[0] - {"left": 0.0, "center": 0.5, "right": 1.0}[align] * text_width(face, text)
    baseline = at[1] + (ascent - descent + 1) // 2  # rounded half up, as Pillow's "m" anchor
    for char in text:
        if not char.isspace():
            mask, left, top = _glyph(face, char)
            image.paste(fill, (round(pen) + left, baseline + top), mask)
        pen += _advance(face, char)


@lru_cache(maxsize=1)
def supported_codepoints() -> frozenset[int]:
    """Characters every weight used on the card can draw; anything else would be a tofu box."""
    return frozenset.intersection(*(frozenset(emoji.codepoints(_font_bytes(w))) for w in WEIGHTS))


def _drawable(char: str) -> bool:
    # Format and control characters (joiners, bidi marks, soft hyphens), enclosing marks (keycaps)
    # and variation selectors only glue emoji together; some fonts even map them to a visible box.
    category = unicodedata.category(char)
    return (
        (ord(char) in supported_codepoints() or ord(char) in _emoji_only())
        and category[0] != "C"
        and category != "Me"
        and not "\ufe00" <= char <= "\ufe0f"
    )


def clean_text(text: str) -> str:
    """Text the fonts can draw: composed; joiners and symbols no font has dropped; spaces
    collapsed."""
    lines = []
    for line in unicodedata.normalize("NFC", text).splitlines():
        kept = "".join(ch if _drawable(ch) else " " if ch.isspace() else "" for ch in line)
        if words := kept.split():
            lines.append(" ".join(words))
    return "\n".join(lines)
