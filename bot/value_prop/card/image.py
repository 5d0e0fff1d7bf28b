"""The summary card as a portrait PNG for a phone screen, drawn with Pillow and Fira Sans."""

from functools import lru_cache
from io import BytesIO

from PIL import Image, ImageDraw

from bot.value_prop.card import geometry as geo
from bot.value_prop.card.fonts import Colour, draw_text, font, text_width
from bot.value_prop.card.model import CardData, CardRow

PNG_COMPRESSION = 3  # zlib level: level 6 makes the file ~10% smaller but the encoding ~40% slower

BACKGROUND = (238, 241, 246)
BAND = (41, 56, 148)
BAND_SOFT = (190, 200, 255)
BAR_TRACK = (70, 86, 172)
PANEL = (255, 255, 255)
PANEL_EDGE = (223, 228, 236)
PANEL_SKIPPED = (247, 248, 251)
INK = (28, 33, 46)
ACCENT = (41, 56, 148)
MUTED = (150, 157, 171)
FOOT = (112, 120, 136)
WHITE = (255, 255, 255)
# Badge ink and pill colour per synthesis status; anything else is drawn as "untested".
STATUS_COLOURS: dict[str, tuple[Colour, Colour]] = {
    "supported": ((27, 128, 66), (221, 243, 228)),
    "refuted": ((196, 40, 40), (252, 226, 226)),
    "mixed": ((178, 106, 0), (255, 239, 204)),
    "testing": ((28, 110, 204), (223, 236, 252)),
    "untested": ((112, 119, 134), (232, 235, 240)),
}
# The pill of an answer kept despite coaching ("доработать") when it has no status of its own.
SHARPEN_COLOURS: tuple[Colour, Colour] = ((191, 84, 0), (255, 230, 210))


def _draw_progress(image: Image.Image, top: int, card: CardData, text: str) -> None:
    """The progress line in the band from ``top``, with a bar when the card has a share."""
    middle = top + geo.PROGRESS_LINE // 2
    text_font = font("Medium", 30)
    draw_text(image, (geo.LEFT, middle), text, text_font, WHITE)
    if card.progress_share is None:
        return
    start = geo.LEFT + round(text_width(text_font, text)) + 24
    end, half = geo.WIDTH - geo.LEFT, 7
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((start, middle - half, end, middle + half), half, fill=BAR_TRACK)
    share = min(max(card.progress_share, 0.0), 1.0)
    if share > 0:
        filled = max(start + 2 * half, round(start + share * (end - start)))
        draw.rounded_rectangle((start, middle - half, filled, middle + half), half, fill=WHITE)


@lru_cache(maxsize=4)
def _dot(size: int) -> Image.Image:
    """Anti-aliased mask of a round dot (an ellipse drawn at ``size`` px has jagged edges)."""
    big = Image.new("L", (4 * size, 4 * size))
    ImageDraw.Draw(big).ellipse((0, 0, 4 * size - 1, 4 * size - 1), fill=255)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def _draw_badge(image: Image.Image, middle: int, row: CardRow, text: str) -> None:
    """The badge pill at the right end of the label row, coloured by the row's status."""
    if row.status is None and row.marker:
        ink, pill = SHARPEN_COLOURS
    else:
        ink, pill = STATUS_COLOURS.get(row.status or "", STATUS_COLOURS["untested"])
    right, half = geo.WIDTH - geo.LEFT, geo.BADGE_HEIGHT // 2
    left = right - geo.badge_width(text)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((left, middle - half, right, middle + half), half, fill=pill)
    dot = left + geo.BADGE_PAD
    image.paste(ink, (dot, middle - geo.BADGE_DOT // 2), _dot(geo.BADGE_DOT))
    draw_text(image, (dot + geo.BADGE_DOT + 10, middle), text, font("SemiBold", 24), ink)


def _draw_row(image: Image.Image, top: int, number: int, row: CardRow, plan: geo.Layout) -> int:
    """One answer panel from ``top``; returns where the next one starts."""
    index = number - 1
    lines, size = plan.answers[index], plan.size
    height = geo.section_height(len(lines), size)
    draw = ImageDraw.Draw(image)
    panel = PANEL_SKIPPED if row.skipped else PANEL
    box = (geo.MARGIN, top, geo.WIDTH - geo.MARGIN, top + height)
    draw.rounded_rectangle(box, radius=26, fill=panel, outline=PANEL_EDGE, width=2)
    colour = MUTED if row.skipped else ACCENT
    label_top, left = top + geo.SECTION_TOP, geo.LEFT
    draw.ellipse((left, label_top, left + geo.LABEL_ROW, label_top + geo.LABEL_ROW), fill=colour)
    middle = label_top + geo.LABEL_ROW // 2
    at = (geo.LEFT + geo.LABEL_ROW / 2, middle)
    draw_text(image, at, str(number), font("Bold", 24), WHITE, "center")
    draw_text(image, (geo.LABEL_LEFT, middle), plan.labels[index], font("SemiBold", 30), colour)
    if plan.badges[index]:
        _draw_badge(image, middle, row, plan.badges[index])
    face = font("Italic" if row.skipped else "Regular", size)
    line_top, step = label_top + geo.LABEL_ROW + geo.LABEL_GAP, geo.line_height(size)
    for line_index, line in enumerate(lines):
        at = (geo.LEFT, line_top + line_index * step + step // 2)
        draw_text(image, at, line, face, MUTED if row.skipped else INK)
    return top + height + geo.SECTION_GAP


def _draw_legend(image: Image.Image, middle: int, legend: tuple[tuple[str, str], ...]) -> None:
    """The key of the badge colours: a dot of each status's colour and its word, in a row."""
    face = font("Regular", 22)
    x = geo.LEFT
    for status, word in legend:
        ink, _ = STATUS_COLOURS.get(status, STATUS_COLOURS["untested"])
        image.paste(ink, (x, middle - geo.BADGE_DOT // 2), _dot(geo.BADGE_DOT))
        x += geo.BADGE_DOT + 8
        draw_text(image, (x, middle), word, face, FOOT)
        x += round(text_width(face, word)) + 22


def render_card_png(card: CardData) -> bytes:
    """The card as a PNG, WIDTH px wide and MIN_HEIGHT..MAX_HEIGHT px high."""
    plan = geo.layout(card)
    image = Image.new("RGB", (geo.WIDTH, plan.height), BACKGROUND)
    ImageDraw.Draw(image).rectangle((0, 0, geo.WIDTH, plan.band), fill=BAND)
    title_at = (geo.LEFT, geo.BAND_TOP + geo.TITLE_LINE // 2)
    draw_text(image, title_at, plan.title, font("SemiBold", 28), BAND_SOFT)
    for index, line in enumerate(plan.name):
        at = (geo.LEFT, geo.BAND_TOP + geo.TITLE_LINE + index * geo.NAME_LINE + geo.NAME_LINE // 2)
        draw_text(image, at, line, font("Bold", geo.NAME_SIZE), WHITE)
    if plan.progress:
        progress_top = (
            geo.BAND_TOP + geo.TITLE_LINE + len(plan.name) * geo.NAME_LINE + geo.PROGRESS_GAP
        )
        _draw_progress(image, progress_top, card, plan.progress)
    top = plan.band + geo.SECTION_GAP
    for number, row in enumerate(card.rows, start=1):
        top = _draw_row(image, top, number, row, plan)
    y = plan.height - geo.PAGE_BOTTOM - plan.footer_rows * geo.FOOTER_LINE + geo.FOOTER_LINE // 2
    if plan.note:
        note_at = (geo.LEFT, y - geo.FOOTER_LINE // 2 - geo.NOTE_LINE // 2)
        draw_text(image, note_at, plan.note, font("Italic", geo.NOTE_SIZE), FOOT)
    if card.legend:  # above the note when there is one
        above = geo.FOOTER_LINE // 2 + (geo.NOTE_LINE if plan.note else 0) + geo.LEGEND_LINE // 2
        _draw_legend(image, y - above, card.legend)
    draw_text(image, (geo.LEFT, y), plan.founder, font("Medium", 30), INK)
    footer_font = font("Regular", 28)
    if plan.footer_rows == 2:
        draw_text(image, (geo.LEFT, y + geo.FOOTER_LINE), plan.footer, footer_font, FOOT)
    else:
        draw_text(image, (geo.WIDTH - geo.LEFT, y), plan.footer, footer_font, FOOT, "right")
    output = BytesIO()
    image.save(output, format="PNG", compress_level=PNG_COMPRESSION)
    return output.getvalue()
