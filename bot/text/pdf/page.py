"""The PDF page: Fira Sans and Noto Emoji, sizes, colours and margins, the page-number footer."""

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align

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


def line_height(size: float) -> float:
    return size * PT * LEADING


class Document(FPDF):
    """fpdf2 calls ``footer`` on every page; the text comes from the writer."""

    footer_text = ""

    def footer(self) -> None:
        self.set_y(-MARGIN_BOTTOM + 6)
        self.set_font(FAMILY, "", SMALL_SIZE)
        self.set_text_color(*MUTED)
        width = self.w - self.l_margin - self.r_margin
        self.cell(width / 2, line_height(SMALL_SIZE), self.footer_text, align=Align.L)
        self.cell(width / 2, line_height(SMALL_SIZE), f"{self.page_no()}/{{nb}}", align=Align.R)
