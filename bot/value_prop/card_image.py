"""The summary card as a portrait PNG for a phone screen, drawn with Pillow and Fira Sans."""

import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from bot.value_prop.card import CardData, CardRow

WIDTH = 1080
MIN_HEIGHT = 1350  # 4:5, so even an almost empty card stays portrait
MAX_HEIGHT = 1920  # 9:16, a phone screen
ANSWER_SIZES = (38, 35, 32, 30)  # tried in turn until every answer fits whole
MARGIN, PAD = 44, 36  # page margin; padding inside a section panel
TEXT_WIDTH = WIDTH - 2 * (MARGIN + PAD)
ELLIPSIS = "…"
NBSP = "\u00a0"
DASHES = ("—", "–", "-")
PNG_COMPRESSION = 3  # zlib level: level 6 makes the file ~10% smaller but the encoding ~40% slower
WEIGHTS = ("Regular", "Italic", "Medium", "SemiBold", "Bold")

BACKGROUND = (238, 241, 246)
BAND = (41, 56, 148)
BAND_SOFT = (190, 200, 255)
PANEL = (255, 255, 255)
PANEL_EDGE = (223, 228, 236)
PANEL_SKIPPED = (247, 248, 251)
INK = (28, 33, 46)
ACCENT = (41, 56, 148)
MUTED = (150, 157, 171)
FOOT = (112, 120, 136)
WHITE = (255, 255, 255)

# Vertical rhythm, in pixels.
BAND_TOP, BAND_BOTTOM, TITLE_LINE, NAME_LINE, NAME_SIZE = 64, 56, 44, 68, 56
SECTION_TOP, LABEL_ROW, LABEL_GAP, SECTION_BOTTOM, SECTION_GAP = 26, 44, 10, 30, 20
FOOTER_GAP, FOOTER_LINE, PAGE_BOTTOM = 28, 42, 40


@lru_cache(maxsize=len(WEIGHTS))
def _font_bytes(weight: str) -> bytes:
    return (files("fontpkg_fira_sans") / "files" / f"FiraSans-{weight}.ttf").read_bytes()


@lru_cache(maxsize=64)
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    # BASIC layout: the same picture whether libraqm is installed or not; it has no kerning,
    # so a line's width is the sum of its characters' advances (see _width).
    return ImageFont.truetype(
        BytesIO(_font_bytes(weight)), size, layout_engine=ImageFont.Layout.BASIC
    )


@lru_cache(maxsize=16384)
def _advance(font: ImageFont.FreeTypeFont, char: str) -> float:
    return font.getlength(char)


def _width(font: ImageFont.FreeTypeFont, text: str) -> float:
    """Pixel width of ``text``. The BASIC layout has no kerning, so the width is the sum of the
    advances; summing cached advances is ~50x faster than measuring whole strings each time."""
    return sum(_advance(font, char) for char in text)


@lru_cache(maxsize=4096)
def _glyph(font: ImageFont.FreeTypeFont, char: str) -> tuple[Image.Image, int, int]:
    """Coverage mask of one character and its offset from the pen position on the baseline."""
    left, top, right, bottom = (int(edge) for edge in font.getbbox(char, anchor="ls"))
    mask = Image.new("L", (max(right - left, 1), max(bottom - top, 1)))
    ImageDraw.Draw(mask).text((-left, -top), char, font=font, fill=255, anchor="ls")
    return mask, left, top


def _draw_text(
    image: Image.Image,
    at: tuple[float, int],
    text: str,
    font: ImageFont.FreeTypeFont,
    fill: tuple[int, int, int],
    align: str = "left",
) -> None:
    """One line of text; ``at`` is its start (or end, or centre) and the middle of its height.

    Pillow re-renders every glyph of every string (~6 ms a line here); pasting cached glyph masks
    at the same integer pen positions gives the same picture (to a stray pixel) much faster.
    """
    ascent, descent = font.getmetrics()
    pen = at[0] - {"left": 0.0, "center": 0.5, "right": 1.0}[align] * _width(font, text)
    baseline = at[1] + (ascent - descent + 1) // 2  # rounded half up, as Pillow's "m" anchor
    for char in text:
        if not char.isspace():
            mask, left, top = _glyph(font, char)
            image.paste(fill, (round(pen) + left, baseline + top), mask)
        pen += _advance(font, char)


def _cmap(font: bytes) -> set[int]:
    """Code points the font has a glyph for, read from its cmap table (formats 4 and 12)."""
    tables = struct.unpack_from(">H", font, 4)[0]
    offsets = (struct.unpack_from(">4sIII", font, 12 + 16 * i) for i in range(tables))
    cmap = next(offset for tag, _, offset, _ in offsets if tag == b"cmap")
    found: set[int] = set()
    for i in range(struct.unpack_from(">H", font, cmap + 2)[0]):
        platform, _, sub = struct.unpack_from(">HHI", font, cmap + 4 + 8 * i)
        base = cmap + sub
        kind = struct.unpack_from(">H", font, base)[0]
        if platform not in (0, 3):
            continue
        if kind == 12:
            for g in range(struct.unpack_from(">I", font, base + 12)[0]):
                start, end, _ = struct.unpack_from(">III", font, base + 16 + 12 * g)
                found.update(range(start, end + 1))
        elif kind == 4:
            segments = struct.unpack_from(">H", font, base + 6)[0] // 2
            ends = struct.unpack_from(f">{segments}H", font, base + 14)
            starts = struct.unpack_from(f">{segments}H", font, base + 16 + 2 * segments)
            deltas = struct.unpack_from(f">{segments}h", font, base + 16 + 4 * segments)
            ranges_at = base + 16 + 6 * segments
            ranges = struct.unpack_from(f">{segments}H", font, ranges_at)
            for s, (start, end) in enumerate(zip(starts, ends, strict=True)):
                for code in range(start, end + 1):
                    glyph = code + deltas[s]
                    if ranges[s]:
                        at = ranges_at + 2 * s + ranges[s] + 2 * (code - start)
                        raw = struct.unpack_from(">H", font, at)[0]
                        glyph = raw + deltas[s] if raw else 0
                    if glyph & 0xFFFF and code != 0xFFFF:
                        found.add(code)
    return found


@lru_cache(maxsize=1)
def supported_codepoints() -> frozenset[int]:
    """Characters every weight used on the card can draw; anything else would be a tofu box."""
    return frozenset.intersection(*(frozenset(_cmap(_font_bytes(w))) for w in WEIGHTS))


def _drawable(char: str) -> bool:
    # Format and control characters (joiners, bidi marks, soft hyphens), enclosing marks (keycaps)
    # and variation selectors only glue emoji together; some fonts even map them to a visible box.
    category = unicodedata.category(char)
    return (
        ord(char) in supported_codepoints()
        and category[0] != "C"
        and category != "Me"
        and not "\ufe00" <= char <= "\ufe0f"
    )


def clean_text(text: str) -> str:
    """Text the fonts can draw: composed, emoji and unknown symbols dropped, spaces collapsed."""
    lines = []
    for line in unicodedata.normalize("NFC", text).splitlines():
        kept = "".join(ch if _drawable(ch) else " " if ch.isspace() else "" for ch in line)
        if words := kept.split():
            lines.append(" ".join(words))
    return "\n".join(lines)


def _fit_prefix(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """The longest prefix of ``text`` (at least one character) not wider than ``width``."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(font, text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low]


def _glued_words(paragraph: str) -> list[str]:
    """Words to wrap, with short words tied to the next one and dashes to the previous one.

    Russian typography keeps one- and two-letter words ("в", "с", "и", "не") and numbers like
    "2 млн" off the end of a line, and a dash never starts one. Ties are no-break spaces.
    """
    words: list[str] = []
    tie_next = False
    for word in paragraph.split(" "):
        if words and (tie_next or word in DASHES):
            words[-1] += NBSP + word
        else:
            words.append(word)
        tie_next = len(word) <= 2 and word not in DASHES
    return words


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """Lines of ``text`` fitting ``width``; stops once it has more than ``max_lines`` lines."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _glued_words(paragraph):
            candidate = f"{line} {word}" if line else word
            if _width(font, candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            rest = word
            while _width(font, rest) > width:  # a word wider than the line is broken
                head = _fit_prefix(rest, font, width)
                lines.append(head)
                rest = rest[len(head) :]
            line = rest
            if len(lines) > max_lines:
                break
        lines.append(line)
        if len(lines) > max_lines:
            break
    return [line.replace(NBSP, " ") for line in lines[: max_lines + 1]]


def ellipsize(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """``line`` shortened to end with "…" within ``width``, at a word boundary if one is near."""
    cut = _fit_prefix(line.rstrip(), font, width)
    while cut and _width(font, cut + ELLIPSIS) > width:
        cut = cut[:-1]
    word_end = cut.rfind(" ")
    if word_end > 0 and _width(font, cut[:word_end]) >= width * 0.65:
        cut = cut[:word_end]
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS


def _limit(lines: list[str], count: int, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """At most ``count`` lines; when some are dropped the last kept one ends with "…"."""
    if len(lines) <= count:
        return lines
    return [*lines[: count - 1], ellipsize(lines[count - 1], font, width)]


def _share(needs: list[int], budget: int) -> list[int]:
    """Lines per answer: all if they fit, else short answers whole and long ones cut evenly."""
    if sum(needs) <= budget:
        return needs
    cap = 0
    while sum(min(need, cap + 1) for need in needs) <= budget:
        cap += 1
    shares = [min(need, cap) for need in needs]
    spare = budget - sum(shares)
    for index, need in enumerate(needs):
        if spare and need > shares[index]:
            shares[index] += 1
            spare -= 1
    return shares


def _line_height(size: int) -> int:
    return round(size * 1.36)


@dataclass(frozen=True)
class _Layout:
    """What goes where; every text already cleaned, wrapped and shortened."""

    title: str
    name: list[str]
    answers: list[list[str]]  # lines per row; a skipped row holds its one "skipped" line
    size: int  # answer font size
    founder: str
    footer: str
    footer_rows: int
    height: int


def _section_height(lines: int, size: int) -> int:
    return SECTION_TOP + LABEL_ROW + LABEL_GAP + lines * _line_height(size) + SECTION_BOTTOM


def _layout(card: CardData) -> _Layout:
    title_font, name_font = _font("SemiBold", 28), _font("Bold", NAME_SIZE)
    title = clean_text(card.title).upper()
    if _width(title_font, title) > TEXT_WIDTH:
        title = ellipsize(title, title_font, TEXT_WIDTH)
    name = _limit(wrap(clean_text(card.name), name_font, TEXT_WIDTH, 2), 2, name_font, TEXT_WIDTH)
    name = [line for line in name if line]
    founder, footer = clean_text(card.founder_line), clean_text(card.footer)
    founder_font, footer_font = _font("Medium", 30), _font("Regular", 28)
    one_row = _width(founder_font, founder) + 40 + _width(footer_font, footer) <= TEXT_WIDTH
    if _width(founder_font, founder) > TEXT_WIDTH:
        founder = ellipsize(founder, founder_font, TEXT_WIDTH)
    footer_rows = 1 if one_row or not founder or not footer else 2
    fixed = (
        BAND_TOP + TITLE_LINE + len(name) * NAME_LINE + BAND_BOTTOM + SECTION_GAP
        + sum(_section_height(0, 0) for _ in card.rows) + SECTION_GAP * (len(card.rows) - 1)
        + FOOTER_GAP + footer_rows * FOOTER_LINE + PAGE_BOTTOM
    )  # fmt: skip
    texts = [None if row.skipped else clean_text(row.text or "") or "—" for row in card.rows]
    skipped = clean_text(card.skipped_text)
    italic = _font("Italic", ANSWER_SIZES[0])  # the widest it can be drawn
    if _width(italic, skipped) > TEXT_WIDTH:
        skipped = ellipsize(skipped, italic, TEXT_WIDTH)
    for size in ANSWER_SIZES:
        font = _font("Regular", size)
        budget = (MAX_HEIGHT - fixed) // _line_height(size)
        wrapped = [
            [skipped] if text is None else wrap(text, font, TEXT_WIDTH, budget) for text in texts
        ]
        if sum(len(lines) for lines in wrapped) <= budget:
            break
    shares = _share([len(lines) for lines in wrapped], budget)
    answers = [
        _limit(lines, share, font, TEXT_WIDTH)
        for lines, share in zip(wrapped, shares, strict=True)
    ]
    content = fixed + sum(shares) * _line_height(size)
    height = min(MAX_HEIGHT, max(MIN_HEIGHT, content))
    return _Layout(title, name, answers, size, founder, footer, footer_rows, height)


def _draw_row(
    image: Image.Image, top: int, number: int, row: CardRow, lines: list[str], size: int
) -> int:
    """One answer panel from ``top``; returns where the next one starts."""
    left, height = MARGIN + PAD, _section_height(len(lines), size)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (MARGIN, top, WIDTH - MARGIN, top + height),
        radius=26,
        fill=PANEL_SKIPPED if row.skipped else PANEL,
        outline=PANEL_EDGE,
        width=2,
    )
    colour = MUTED if row.skipped else ACCENT
    badge_top = top + SECTION_TOP
    draw.ellipse((left, badge_top, left + LABEL_ROW, badge_top + LABEL_ROW), fill=colour)
    middle = badge_top + LABEL_ROW // 2
    _draw_text(
        image, (left + LABEL_ROW / 2, middle), str(number), _font("Bold", 24), WHITE, "center"
    )
    label_font, label_left = _font("SemiBold", 30), left + LABEL_ROW + 16
    label = clean_text(row.label)
    if _width(label_font, label) > WIDTH - left - label_left:
        label = ellipsize(label, label_font, WIDTH - left - label_left)
    _draw_text(image, (label_left, middle), label, label_font, colour)
    font = _font("Italic" if row.skipped else "Regular", size)
    line_top, step = badge_top + LABEL_ROW + LABEL_GAP, _line_height(size)
    for index, line in enumerate(lines):
        at = (left, line_top + index * step + step // 2)
        _draw_text(image, at, line, font, MUTED if row.skipped else INK)
    return top + height + SECTION_GAP


def render_card_png(card: CardData) -> bytes:
    """The card as a PNG, WIDTH px wide and MIN_HEIGHT..MAX_HEIGHT px high."""
    layout = _layout(card)
    image = Image.new("RGB", (WIDTH, layout.height), BACKGROUND)
    left = MARGIN + PAD
    band = BAND_TOP + TITLE_LINE + len(layout.name) * NAME_LINE + BAND_BOTTOM
    ImageDraw.Draw(image).rectangle((0, 0, WIDTH, band), fill=BAND)
    title_at = (left, BAND_TOP + TITLE_LINE // 2)
    _draw_text(image, title_at, layout.title, _font("SemiBold", 28), BAND_SOFT)
    for index, line in enumerate(layout.name):
        at = (left, BAND_TOP + TITLE_LINE + index * NAME_LINE + NAME_LINE // 2)
        _draw_text(image, at, line, _font("Bold", NAME_SIZE), WHITE)
    top = band + SECTION_GAP
    for number, (row, lines) in enumerate(zip(card.rows, layout.answers, strict=True), start=1):
        top = _draw_row(image, top, number, row, lines, layout.size)
    y = layout.height - PAGE_BOTTOM - layout.footer_rows * FOOTER_LINE + FOOTER_LINE // 2
    _draw_text(image, (left, y), layout.founder, _font("Medium", 30), INK)
    footer_font = _font("Regular", 28)
    if layout.footer_rows == 2:
        _draw_text(image, (left, y + FOOTER_LINE), layout.footer, footer_font, FOOT)
    else:
        _draw_text(image, (WIDTH - left, y), layout.footer, footer_font, FOOT, "right")
    output = BytesIO()
    image.save(output, format="PNG", compress_level=PNG_COMPRESSION)
    return output.getvalue()
