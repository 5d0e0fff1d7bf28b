"""Body text for long PDF reports in linear time, drawn on a PdfWriter's document.

fpdf2's ``multi_cell`` re-measures the whole line for every character it adds (quadratic in the
line length: ~0.45 s per client with a 60-message transcript, 7-8 minutes for 1,000). Here words
are measured once (cached per style), lines are filled greedily and each line is drawn with
``FPDF.text``; page breaks, fonts, margins and the footer stay PdfWriter's.
"""

from fpdf.enums import Align

from bot.documents.pdf.typography import NBSP, tie_words
from bot.documents.pdf.writer import (
    ACCENT,
    BODY_SIZE,
    EMOJI_FAMILY,
    FAMILY,
    INDENT,
    INK,
    LEADING,
    MUTED,
    PT,
    PdfWriter,
)

Colour = tuple[int, int, int]
LINE = BODY_SIZE * PT * LEADING  # mm, as PdfWriter's body text
CACHE_LIMIT = 100_000  # measured words kept per export


class BodyText:
    """Paragraphs, bullets and definitions in PdfWriter's body style."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer, self.pdf = writer, writer.pdf
        self.widths: dict[tuple[str, str], float] = {}

    def _width(self, style: str, word: str) -> float:
        key = (style, word)
        if (width := self.widths.get(key)) is None:
            if len(self.widths) >= CACHE_LIMIT:
                self.widths.clear()
            width = self.widths[key] = self.pdf.get_string_width(word)
        return width

    def _split_word(self, style: str, word: str, width: float) -> list[str]:
        """A word wider than the column, cut where it fills a line."""
        pieces, piece = [], ""
        for char in word:
            if piece and self._width(style, piece + char) > width:
                pieces.append(piece)
                piece = ""
            piece += char
        return [*pieces, piece]

    def wrap(self, text: str, style: str, width: float) -> list[str]:
        """Lines of ``text`` (already cleaned) that fit ``width`` mm; no-break spaces hold."""
        lines: list[str] = []
        space = self._width(style, " ")
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for given in (w for w in paragraph.split(" ") if w):
                word, size = given, self._width(style, given)
                if size > width:
                    *full, word = self._split_word(style, given, width)
                    lines.extend([line, *full] if line else full)
                    line, used, size = "", 0.0, self._width(style, word)
                if line and used + space + size > width:
                    lines.append(line)
                    line, used = "", 0.0
                line, used = (f"{line} {word}", used + space + size) if line else (word, size)
            lines.append(line)
        return lines

    def lines(
        self,
        text: str,
        *,
        style: str = "",
        colour: Colour = INK,
        indent: float = 0,
        strong: frozenset[str] = frozenset(),
    ) -> None:
        """Draw ``text`` as body lines from the current position, breaking pages as needed;
        its lines (paragraphs) found in ``strong`` are drawn bold."""
        if strong:
            for paragraph in text.split("\n"):
                bold = paragraph.strip() in strong
                self.lines(paragraph, style="B" if bold else style, colour=colour, indent=indent)
            return
        pdf = self.pdf
        pdf.set_font(FAMILY, style, BODY_SIZE)
        pdf.set_text_color(*colour)
        x = pdf.l_margin + indent + pdf.c_margin
        width = self.writer.width - indent - 2 * pdf.c_margin
        for line in self.wrap(tie_words(self.writer.clean(text)), style, width):
            if pdf.will_page_break(LINE):
                pdf.add_page()
                pdf.set_font(FAMILY, style, BODY_SIZE)
                pdf.set_text_color(*colour)
            if line:
                baseline = pdf.y + 0.5 * LINE + 0.3 * pdf.font_size
                # Wrapped already: no-break spaces go out as plain ones (as fpdf2 draws them).
                self._draw(x, baseline, line.replace(NBSP, " "), style)
            pdf.set_y(pdf.y + LINE)

    def _draw(self, x: float, baseline: float, line: str, style: str) -> None:
        """One line; ``FPDF.text`` knows no fallback font, so emoji go out as runs of their own."""
        pdf = self.pdf
        runs = self.writer.runs(line)
        if len(runs) == 1 and not runs[0][1]:
            pdf.text(x, baseline, line)
            return
        for run, is_emoji in runs:
            pdf.set_font(EMOJI_FAMILY if is_emoji else FAMILY, "" if is_emoji else style)
            pdf.text(x, baseline, run)
            font = pdf.current_font
            if font is not None:  # the font's own advance widths: a run has one font
                x += font.get_text_width(run, pdf.font_size_pt, None)[1] / pdf.k
        pdf.set_font(FAMILY, style)

    def paragraph(self, text: str, *, muted: bool = False) -> None:
        self.lines(text, style="I" if muted else "", colour=MUTED if muted else INK)
        self.writer.space(1.2)

    def bullet(self, text: str) -> None:
        pdf = self.pdf
        if pdf.will_page_break(LINE):
            pdf.add_page()
        pdf.set_font(FAMILY, "B", BODY_SIZE)
        pdf.set_text_color(*ACCENT)
        top = pdf.y
        pdf.set_x(pdf.l_margin)
        pdf.cell(INDENT - 2, LINE, "•", align=Align.R)
        pdf.set_y(top)
        self.lines(text, indent=INDENT)
        self.writer.space(1.0)

    def definition(
        self, term: str, text: str, *, muted: bool = False, strong: frozenset[str] = frozenset()
    ) -> None:
        """A bold term, then its text indented under it (``strong`` lines of it bold); the
        term never ends a page."""
        if self.pdf.will_page_break(2 * LINE):
            self.pdf.add_page()
        self.lines(term, style="B")
        style, colour = ("I", MUTED) if muted else ("", INK)
        self.lines(text, style=style, colour=colour, indent=INDENT / 2, strong=strong)
        self.writer.space(1.6)
