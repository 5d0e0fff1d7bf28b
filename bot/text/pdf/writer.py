"""A small A4 PDF writer over fpdf2 with Fira Sans: titles, headings, body text, lists and
definitions, top to bottom.

Emoji come from Noto Emoji, registered as fpdf2's fallback font: a character Fira Sans lacks is
drawn in it, so emoji in answers and messages show instead of being dropped.

Body text is drawn in linear time: fpdf2's ``multi_cell`` re-measures the whole line for every
character it adds (quadratic in the line length: ~0.45 s per client with a 60-message transcript,
7-8 minutes for 1,000). Here words are measured once (cached per style), lines are filled
greedily and each line is drawn with ``FPDF.text``, emoji in runs of their own font; page
breaks, margins and the footer stay fpdf2's.
"""

from itertools import groupby

from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import TTFFont

from bot.text.pdf import emoji, page
from bot.text.pdf.typography import NBSP, drawable_text, tie_words

LINE = page.line_height(page.BODY_SIZE)  # mm
CACHE_LIMIT = 100_000  # measured words kept per document


class PdfWriter:
    """Appends blocks of text top to bottom, breaking pages as needed; ``output`` gives bytes."""

    def __init__(self, *, title: str = "", footer: str = "", author: str = "vp-coach") -> None:
        pdf = page.Document(format="A4", unit="mm")
        for style, weight in page.STYLES.items():
            pdf.add_font(page.FAMILY, style, page.font_path(weight))
        text_font = frozenset.intersection(
            *(frozenset(font.cmap) for font in pdf.fonts.values() if isinstance(font, TTFFont))
        )
        pdf.add_font(page.EMOJI_FAMILY, "", emoji.font_path())
        # Bold or italic text falls back to the one (regular) emoji face too.
        pdf.set_fallback_fonts([page.EMOJI_FAMILY], exact_match=False)
        self.emoji = emoji.emoji_codepoints() - text_font
        self.drawable = text_font | self.emoji
        pdf.footer_text = self.clean(footer)
        pdf.set_margins(page.MARGIN_X, page.MARGIN_TOP, page.MARGIN_X)
        pdf.set_auto_page_break(auto=True, margin=page.MARGIN_BOTTOM)
        pdf.set_title(self.clean(title))
        pdf.set_author(author)
        pdf.set_creator(author)
        pdf.add_page()
        self.pdf = pdf
        self.widths: dict[tuple[str, str], float] = {}  # (style, word) → mm

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
        grouped = groupby(text, lambda char: ord(char) in self.emoji)
        return [("".join(chars), is_emoji) for is_emoji, chars in grouped]

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
        self.pdf.set_font(page.FAMILY, style, page.BODY_SIZE)
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
        colour: page.Colour = page.INK,
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
                pdf.set_font(page.FAMILY, style, page.BODY_SIZE)
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
            pdf.set_font(page.EMOJI_FAMILY if is_emoji else page.FAMILY, "" if is_emoji else style)
            pdf.text(x, baseline, run)
            font = pdf.current_font
            if font is not None:  # the font's own advance widths: a run has one font
                x += font.get_text_width(run, pdf.font_size_pt, None)[1] / pdf.k
        pdf.set_font(page.FAMILY, style)

    def paragraph(self, text: str, *, italic: bool = False, muted: bool = False) -> None:
        """Body text, followed by PARAGRAPH_GAP."""
        self.lines(text, style="I" if italic else "", colour=page.MUTED if muted else page.INK)
        self.space(page.PARAGRAPH_GAP)

    def _item(self, marker: str, text: str, gap: float) -> None:
        pdf = self.pdf
        if pdf.will_page_break(LINE):
            pdf.add_page()
        pdf.set_font(page.FAMILY, "B", page.BODY_SIZE)
        pdf.set_text_color(*page.ACCENT)
        top = pdf.y
        pdf.set_x(pdf.l_margin)
        pdf.cell(page.INDENT - 2, LINE, marker, align=Align.R)
        pdf.set_y(top)
        self.lines(text, indent=page.INDENT)
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
        style, colour = ("I", page.MUTED) if muted else ("", page.INK)
        self.lines(text, style=style, colour=colour, indent=page.INDENT / 2, strong=strong)
        self.space(1.6)

    def _bold(self, text: str, size: float) -> None:
        """A title's or heading's text in the accent colour (short: fpdf2 wraps it)."""
        pdf = self.pdf
        pdf.set_font(page.FAMILY, "B", size)
        pdf.set_text_color(*page.ACCENT)
        pdf.set_x(pdf.l_margin)
        text, height = tie_words(self.clean(text)), page.line_height(size)
        pdf.multi_cell(
            self.width, height, text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def title(self, text: str) -> None:
        self._bold(text, page.TITLE_SIZE)
        self.space(1.5)

    def heading(self, text: str, *, keep: float = 0) -> None:
        """A section heading, on one page with ``keep`` mm (at least two lines) of what follows."""
        if self.pdf.will_page_break(8 + page.line_height(page.HEADING_SIZE) + max(keep, 2 * LINE)):
            self.pdf.add_page()
        self.space(4.5)
        self._bold(text, page.HEADING_SIZE)
        y = self.pdf.get_y() + 0.8
        self.pdf.set_draw_color(*page.RULE)
        self.pdf.set_line_width(0.3)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.l_margin + self.width, y)
        self.space(2.6)

    def output(self) -> bytes:
        return bytes(self.pdf.output())
