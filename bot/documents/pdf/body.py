"""Body text on a PDF page in linear time: paragraphs, list items and definitions.

fpdf2's ``multi_cell`` re-measures the whole line for every character it adds (quadratic in the
line length: ~0.45 s per client with a 60-message transcript, 7-8 minutes for 1,000). Here words
are measured once (cached per style), lines are filled greedily and each line is drawn with
``FPDF.text``, emoji in runs of their own font; page breaks, margins and the footer stay fpdf2's.
"""

from fpdf.enums import Align

from bot.documents.pdf.page import (
    ACCENT,
    BODY_SIZE,
    EMOJI_FAMILY,
    FAMILY,
    INDENT,
    INK,
    MUTED,
    PARAGRAPH_GAP,
    Colour,
    Document,
    line_height,
)
from bot.documents.pdf.typography import NBSP, drawable_text, tie_words

LINE = line_height(BODY_SIZE)  # mm
CACHE_LIMIT = 100_000  # measured words kept per document


class BodyText:
    """Body text drawn on ``pdf``; ``emoji`` are the characters drawn in the emoji font and
    ``drawable`` every character some font has (both set by the writer)."""

    pdf: Document
    emoji: frozenset[int]
    drawable: frozenset[int]
    widths: dict[tuple[str, str], float]

    @property
    def width(self) -> float:
        """Width of the text column, mm."""
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def clean(self, text: str) -> str:
        """Text the fonts can draw: composed; joiners, control characters and glyphs no font
        has dropped."""
        return drawable_text(text, self.drawable)

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

    def space(self, mm: float) -> None:
        self.pdf.ln(mm)

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

    def _wrapped(self, text: str, style: str, indent: float) -> list[str]:
        self.pdf.set_font(FAMILY, style, BODY_SIZE)
        width = self.width - indent - 2 * self.pdf.c_margin
        return self.wrap(tie_words(self.clean(text)), style, width)

    def measure(self, text: str, *, italic: bool = False, indent: float = 0) -> float:
        """Height, mm, of ``text`` as a paragraph (or a list item's text with ``indent``)."""
        return len(self._wrapped(text, "I" if italic else "", indent)) * LINE

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
        pdf.set_text_color(*colour)
        x = pdf.l_margin + indent + pdf.c_margin
        for line in self._wrapped(text, style, indent):
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
        runs = self.runs(line)
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

    def paragraph(self, text: str, *, italic: bool = False, muted: bool = False) -> None:
        """Body text, followed by PARAGRAPH_GAP."""
        self.lines(text, style="I" if italic else "", colour=MUTED if muted else INK)
        self.space(PARAGRAPH_GAP)

    def _item(self, marker: str, text: str, gap: float) -> None:
        pdf = self.pdf
        if pdf.will_page_break(LINE):
            pdf.add_page()
        pdf.set_font(FAMILY, "B", BODY_SIZE)
        pdf.set_text_color(*ACCENT)
        top = pdf.y
        pdf.set_x(pdf.l_margin)
        pdf.cell(INDENT - 2, LINE, marker, align=Align.R)
        pdf.set_y(top)
        self.lines(text, indent=INDENT)
        self.space(gap)

    def bullet(self, text: str) -> None:
        self._item("•", text, 1.0)

    def numbered(self, number: int, text: str) -> None:
        self._item(f"{number}.", text, 1.1)

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
        self.space(1.6)
