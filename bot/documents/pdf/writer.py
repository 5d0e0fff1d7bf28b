"""A small A4 PDF writer over fpdf2 with Fira Sans: titles and headings here, body text,
lists and definitions from BodyText.

Emoji come from Noto Emoji, registered as fpdf2's fallback font: a character Fira Sans lacks is
drawn in it, so emoji in answers and messages show instead of being dropped.
"""

from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import TTFFont

from bot.documents.pdf import emoji
from bot.documents.pdf.body import LINE, BodyText
from bot.documents.pdf.page import (
    ACCENT,
    EMOJI_FAMILY,
    FAMILY,
    HEADING_SIZE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    STYLES,
    TITLE_SIZE,
    Document,
    font_path,
    line_height,
)
from bot.documents.pdf.typography import tie_words


class PdfWriter(BodyText):
    """Appends blocks of text top to bottom, breaking pages as needed; ``output`` gives bytes."""

    def __init__(self, *, title: str = "", footer: str = "", author: str = "vp-coach") -> None:
        pdf = Document(format="A4", unit="mm")
        for style, weight in STYLES.items():
            pdf.add_font(FAMILY, style, font_path(weight))
        text_font = frozenset.intersection(
            *(frozenset(font.cmap) for font in pdf.fonts.values() if isinstance(font, TTFFont))
        )
        pdf.add_font(EMOJI_FAMILY, "", emoji.font_path())
        # Bold or italic text falls back to the one (regular) emoji face too.
        pdf.set_fallback_fonts([EMOJI_FAMILY], exact_match=False)
        self.emoji = emoji.emoji_codepoints() - text_font
        self.drawable = text_font | self.emoji
        pdf.footer_text = self.clean(footer)
        pdf.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        pdf.set_auto_page_break(auto=True, margin=MARGIN_BOTTOM)
        pdf.set_title(self.clean(title))
        pdf.set_author(author)
        pdf.set_creator(author)
        pdf.add_page()
        self.pdf = pdf
        self.widths = {}

    def _bold(self, text: str, size: float) -> None:
        """A title's or heading's text in the accent colour (short: fpdf2 wraps it)."""
        pdf = self.pdf
        pdf.set_font(FAMILY, "B", size)
        pdf.set_text_color(*ACCENT)
        pdf.set_x(pdf.l_margin)
        text = tie_words(self.clean(text))
        pdf.multi_cell(
            self.width, line_height(size), text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def title(self, text: str) -> None:
        self._bold(text, TITLE_SIZE)
        self.space(1.5)

    def heading(self, text: str, *, keep: float = 0) -> None:
        """A section heading, on one page with ``keep`` mm (at least two lines) of what follows."""
        if self.pdf.will_page_break(8 + line_height(HEADING_SIZE) + max(keep, 2 * LINE)):
            self.pdf.add_page()
        self.space(4.5)
        self._bold(text, HEADING_SIZE)
        y = self.pdf.get_y() + 0.8
        self.pdf.set_draw_color(*RULE)
        self.pdf.set_line_width(0.3)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.l_margin + self.width, y)
        self.space(2.6)

    def output(self) -> bytes:
        return bytes(self.pdf.output())
