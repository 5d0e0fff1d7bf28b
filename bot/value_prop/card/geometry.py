"""Where everything goes on the card image: sizes, vertical rhythm, texts fitted to their room."""

from dataclasses import dataclass

from bot.value_prop.card.fonts import clean_text, font, text_width
from bot.value_prop.card.layout import fit_line, limit, share, wrap
from bot.value_prop.card.model import CardData

WIDTH = 1080
MIN_HEIGHT = 1350  # 4:5, so even an almost empty card stays portrait
MAX_HEIGHT = 1920  # 9:16, a phone screen
ANSWER_SIZES = (38, 35, 32, 30)  # tried in turn until every answer fits whole
MARGIN, PAD = 44, 36  # page margin; padding inside a section panel
LEFT = MARGIN + PAD  # where text starts; it ends at WIDTH - LEFT
TEXT_WIDTH = WIDTH - 2 * LEFT

# Vertical rhythm, in pixels.
BAND_TOP, BAND_BOTTOM, TITLE_LINE, NAME_LINE, NAME_SIZE = 64, 56, 44, 68, 56
SECTION_TOP, LABEL_ROW, LABEL_GAP, SECTION_BOTTOM, SECTION_GAP = 26, 44, 10, 30, 20
FOOTER_GAP, FOOTER_LINE, PAGE_BOTTOM = 28, 42, 40
LEGEND_LINE = 44  # the key of badge colours, above the footer, when the card has one
PROGRESS_GAP, PROGRESS_LINE, PROGRESS_BAR_MIN = 14, 48, 200  # the progress row in the band
LABEL_LEFT = LEFT + LABEL_ROW + 16  # a label starts after its number
BADGE_HEIGHT, BADGE_PAD, BADGE_DOT, BADGE_GAP = 40, 18, 12, 20
BADGE_MAX = TEXT_WIDTH // 2  # text width of a badge at most
NOTE_LINE, NOTE_SIZE = 40, 26  # the line saying where cut answers can be read in full


def line_height(size: int) -> int:
    return round(size * 1.36)


def section_height(lines: int, size: int) -> int:
    return SECTION_TOP + LABEL_ROW + LABEL_GAP + lines * line_height(size) + SECTION_BOTTOM


def band_height(name_lines: int, progress: bool) -> int:
    """Height of the coloured band with the title, the name and, if shown, the progress."""
    extra = PROGRESS_GAP + PROGRESS_LINE if progress else 0
    return BAND_TOP + TITLE_LINE + name_lines * NAME_LINE + extra + BAND_BOTTOM


def badge_width(text: str) -> int:
    """Width of a badge pill holding ``text`` (a dot, the text, padding); 0 without text."""
    if not text:
        return 0
    return round(2 * BADGE_PAD + BADGE_DOT + 10 + text_width(font("SemiBold", 24), text))


@dataclass(frozen=True)
class Layout:
    """What goes where; every text already cleaned, wrapped and shortened."""

    title: str
    name: list[str]
    progress: str  # "" when the card shows no progress
    labels: list[str]
    badges: list[str]  # per row; "" for none
    answers: list[list[str]]  # lines per row; a skipped row holds its one "skipped" line
    size: int  # answer font size
    founder: str
    footer: str
    footer_rows: int
    height: int
    note: str = ""  # shown above the footer when an answer was cut: where the full text is

    @property
    def band(self) -> int:
        return band_height(len(self.name), bool(self.progress))


def _labels(card: CardData) -> tuple[list[str], list[str]]:
    """Row labels and badges, each fitted to what is left of the label row."""
    labels, badges = [], []
    for row in card.rows:
        # A row kept despite coaching shows "доработать" in the pill, before any status badge.
        note = " · ".join(part for part in (row.marker, row.badge) if part and part.strip())
        badge = fit_line(clean_text(note), font("SemiBold", 24), BADGE_MAX)
        room = WIDTH - LEFT - LABEL_LEFT  # as wide as before badges existed, for the same picture
        if badge:
            room = WIDTH - LEFT - badge_width(badge) - BADGE_GAP - LABEL_LEFT
        labels.append(fit_line(clean_text(row.label), font("SemiBold", 30), room))
        badges.append(badge)
    return labels, badges


def layout(card: CardData) -> Layout:
    heading = clean_text(card.title).upper() + (f" · {card.version}" if card.version else "")
    title = fit_line(heading, font("SemiBold", 28), TEXT_WIDTH)
    name_font = font("Bold", NAME_SIZE)
    name = limit(wrap(clean_text(card.name), name_font, TEXT_WIDTH, 2), 2, name_font, TEXT_WIDTH)
    name = [line for line in name if line]
    progress = clean_text(card.progress or "").replace("\n", " ")
    room = TEXT_WIDTH - (PROGRESS_BAR_MIN + 24 if card.progress_share is not None else 0)
    progress = fit_line(progress, font("Medium", 30), room) if progress else ""
    founder, footer = clean_text(card.founder_line), clean_text(card.footer)
    founder_font, footer_font = font("Medium", 30), font("Regular", 28)
    one_row = (
        text_width(founder_font, founder) + 40 + text_width(footer_font, footer) <= TEXT_WIDTH
    )
    founder = fit_line(founder, founder_font, TEXT_WIDTH)
    footer_rows = 1 if one_row or not founder or not footer else 2
    labels, badges = _labels(card)
    fixed = (
        band_height(len(name), bool(progress)) + SECTION_GAP
        + sum(section_height(0, 0) for _ in card.rows) + SECTION_GAP * (len(card.rows) - 1)
        + FOOTER_GAP + footer_rows * FOOTER_LINE + PAGE_BOTTOM
        + (LEGEND_LINE if card.legend else 0)
    )  # fmt: skip
    texts = [None if row.skipped else clean_text(row.text or "") or "—" for row in card.rows]
    # The widest the "skipped" text can be drawn.
    skipped = fit_line(clean_text(card.skipped_text), font("Italic", ANSWER_SIZES[0]), TEXT_WIDTH)
    answers, size, cut = _fit_answers(texts, skipped, fixed)
    note = ""
    if cut and card.cut_note:
        note = fit_line(clean_text(card.cut_note), font("Italic", NOTE_SIZE), TEXT_WIDTH)
        fixed += NOTE_LINE
        answers, size, cut = _fit_answers(texts, skipped, fixed)
    content = fixed + sum(len(lines) for lines in answers) * line_height(size)
    height = min(MAX_HEIGHT, max(MIN_HEIGHT, content))
    return Layout(
        *(title, name, progress, labels, badges, answers, size, founder, footer, footer_rows),
        height,
        note,
    )


def _fit_answers(
    texts: list[str | None], skipped: str, fixed: int
) -> tuple[list[list[str]], int, bool]:
    """Answer lines in the largest size that fits MAX_HEIGHT, and whether any answer was cut."""
    for size in ANSWER_SIZES:
        face = font("Regular", size)
        budget = (MAX_HEIGHT - fixed) // line_height(size)
        wrapped = [
            [skipped] if text is None else wrap(text, face, TEXT_WIDTH, budget) for text in texts
        ]
        if sum(len(lines) for lines in wrapped) <= budget:
            break
    shares = share([len(lines) for lines in wrapped], budget)
    answers = [
        limit(lines, count, face, TEXT_WIDTH) for lines, count in zip(wrapped, shares, strict=True)
    ]
    cut = any(len(lines) > count for lines, count in zip(wrapped, shares, strict=True))
    return answers, size, cut
