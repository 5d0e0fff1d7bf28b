"""A small A4 PDF writer over fpdf2 with Fira Sans: titles, headings, paragraphs and lists.

Emoji come from Noto Emoji, registered as fpdf2's fallback font: a character Fira Sans lacks is
drawn in it, so emoji in answers and messages show instead of being dropped.
"""

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, XPos, YPos
from fpdf.fonts import TTFFont

from bot.documents.pdf import emoji
from bot.documents.pdf.typography import drawable_text, tie_words

FAMILY = "FiraSans"
EMOJI_FAMILY = "NotoEmoji"
STYLES = {"": "Regular", "B": "Bold", "I": "Italic"}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20.0, 18.0, 20.0  # mm
LEADING = 1.4  # line height as a multiple of the font size
PT = 25.4 / 72  # mm per point
INDENT = 8.0  # mm, hanging indent of list items
PARAGRAPH_GAP = 1.2  # mm after a paragraph
TITLE_SIZE, HEADING_SIZE, BODY_SIZE, SMALL_SIZE = 19.0, 12.5, 10.0, 8.0

INK = (28, 33, 46)
ACCENT = (41, 56, 148)
MUTED = (112, 120, 136)
RULE = (223, 228, 236)

Colour = tuple[int, int, int]


@lru_cache(maxsize=len(STYLES))
def font_path(weight: str) -> Path:
    """A Fira Sans file shipped by the ``fontpkg-fira-sans`` dependency."""
    return Path(str(files("fontpkg_fira_sans") / "files" / f"FiraSans-{weight}.ttf"))


def _line(size: float) -> float:
    return size * PT * LEADING


class _Document(FPDF):
    """fpdf2 calls ``footer`` on every page; the text comes from the writer."""

    footer_text = ""

    def footer(self) -> None:
        self.set_y(-MARGIN_BOTTOM + 6)
        self.set_font(FAMILY, "", SMALL_SIZE)
        self.set_text_color(*MUTED)
        width = self.w - self.l_margin - self.r_margin
        self.cell(width / 2, _line(SMALL_SIZE), self.footer_text, align=Align.L)
        self.cell(width / 2, _line(SMALL_SIZE), f"{self.page_no()}/{{nb}}", align=Align.R)


class PdfWriter:
    """Appends blocks of text top to bottom, breaking pages as needed; ``output`` gives bytes."""

    def __init__(self, *, title: str = "", footer: str = "", author: str = "vp-coach") -> None:
        pdf = _Document(format="A4", unit="mm")
        for style, weight in STYLES.items():
            pdf.add_font(FAMILY, style, font_path(weight))
        text_font = frozenset.intersection(
            *(frozenset(font.cmap) for font in pdf.fonts.values() if isinstance(font, TTFFont))
        )
        pdf.add_font(EMOJI_FAMILY, "", emoji.font_path())
        # Bold or italic text falls back to the one (regular) emoji face too.
        pdf.set_fallback_fonts([EMOJI_FAMILY], exact_match=False)
        self.emoji = emoji.emoji_codepoints() - text_font
        self._drawable = text_font | self.emoji
        pdf.footer_text = self.clean(footer)
        pdf.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        pdf.set_auto_page_break(auto=True, margin=MARGIN_BOTTOM)
        pdf.set_title(self.clean(title))
        pdf.set_author(author)
        pdf.set_creator(author)
        pdf.add_page()
        self.pdf = pdf

    @property
    def width(self) -> float:
        """Width of the text column, mm."""
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def clean(self, text: str) -> str:
        """Text the fonts can draw: composed; joiners, control characters and glyphs no font
        has dropped."""
        return drawable_text(text, self._drawable)

    def runs(self, text: str) -> list[tuple[str, bool]]:
        """``text`` cut into runs of one font: (run, whether it is drawn in the emoji font)."""
        if self.emoji.isdisjoint(map(ord, text)):  # most lines: no loop in Python
            return [(text, False)] if text else []
        result: list[tuple[str, bool]] = []
        for char in text:
            is_emoji = ord(char) in self.emoji
            if result and result[-1][1] == is_emoji:
                result[-1] = (result[-1][0] + char, is_emoji)
            else:
                result.append((char, is_emoji))
        return result

    def _text(
        self, text: str, *, size: float, style: str = "", colour: Colour = INK, indent: float = 0
    ) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, style, size)
        pdf.set_text_color(*colour)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            self.width - indent,
            _line(size),
            tie_words(self.clean(text)),
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def _keep_room(self, height: float) -> None:
        """Start a new page unless ``height`` more millimetres fit on this one."""
        if self.pdf.will_page_break(height):
            self.pdf.add_page()

    def space(self, mm: float) -> None:
        self.pdf.ln(mm)

    def title(self, text: str) -> None:
        self._text(text, size=TITLE_SIZE, style="B", colour=ACCENT)
        self.space(1.5)

    def measure(self, text: str, *, italic: bool = False, indent: float = 0) -> float:
        """Height, mm, of ``text`` as a paragraph (or a list item's text with ``indent``)."""
        self.pdf.set_font(FAMILY, "I" if italic else "", BODY_SIZE)
        lines = self.pdf.multi_cell(
            self.width - indent,
            _line(BODY_SIZE),
            tie_words(self.clean(text)),
            dry_run=True,
            output=MethodReturnValue.LINES,
        )
        if not isinstance(lines, list):  # fpdf2 returns what `output` asked for
            raise TypeError(f"unexpected multi_cell result: {lines!r}")
        return len(lines) * _line(BODY_SIZE)

    def heading(self, text: str, *, keep: float = 0) -> None:
        """A section heading, on one page with ``keep`` mm (at least two lines) of what follows."""
        self._keep_room(8 + _line(HEADING_SIZE) + max(keep, 2 * _line(BODY_SIZE)))
        self.space(4.5)
        self._text(text, size=HEADING_SIZE, style="B", colour=ACCENT)
        y = self.pdf.get_y() + 0.8
        self.pdf.set_draw_color(*RULE)
        self.pdf.set_line_width(0.3)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.l_margin + self.width, y)
        self.space(2.6)

    def paragraph(self, text: str, *, italic: bool = False, muted: bool = False) -> None:
        """Body text, followed by PARAGRAPH_GAP."""
        self._text(
            text, size=BODY_SIZE, style="I" if italic else "", colour=MUTED if muted else INK
        )
        self.space(PARAGRAPH_GAP)

    def _item(self, marker: str, text: str, *, colour: Colour, gap: float) -> None:
        pdf, line = self.pdf, _line(BODY_SIZE)
        self._keep_room(line)
        pdf.set_font(FAMILY, "B", BODY_SIZE)
        pdf.set_text_color(*colour)
        top = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.cell(INDENT - 2, line, marker, align=Align.R)
        pdf.set_y(top)
        self._text(text, size=BODY_SIZE, indent=INDENT)
        self.space(gap)

    def bullet(self, text: str) -> None:
        self._item("•", text, colour=ACCENT, gap=1.0)

    def numbered(self, number: int, text: str) -> None:
        self._item(f"{number}.", text, colour=ACCENT, gap=1.1)

    def definition(self, term: str, text: str, *, muted: bool = False) -> None:
        """A bold term on its own line, then its text indented under it."""
        self._keep_room(2 * _line(BODY_SIZE))
        self._text(term, size=BODY_SIZE, style="B")
        colour, style = (MUTED, "I") if muted else (INK, "")
        self._text(text, size=BODY_SIZE, style=style, colour=colour, indent=INDENT / 2)
        self.space(1.6)

    def output(self) -> bytes:
        return bytes(self.pdf.output())
