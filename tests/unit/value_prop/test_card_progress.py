"""Interview progress and status badges on the summary card, as a picture and as HTML."""

import importlib.util
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops

from bot.value_prop.card.fonts import font, text_width
from bot.value_prop.card.geometry import BADGE_GAP, LABEL_LEFT, LEFT, WIDTH, badge_width, layout
from bot.value_prop.card.image import STATUS_COLOURS, render_card_png
from bot.value_prop.card.model import CardData, CardRow
from bot.value_prop.card.text import render_card_html

DOCS = Path(__file__).resolve().parents[3] / "docs"
LABELS = ("Сегмент", "Проблема", "Ситуация", "Выгода", "Контроль")
BAND = (41, 56, 148)
WHITE = (255, 255, 255)

PLAIN = CardData(
    title="Ценностное предложение",
    name="Кофейни Казани",
    founder="Алсу",
    rows=tuple(CardRow(label, f"Ответ про {label.lower()}") for label in LABELS),
    skipped_text="пропущено",
    footer="vp-coach · 26.11.2026",
    founder_label="Автор",
)


def picture(card: CardData) -> Image.Image:
    data = Image.open(BytesIO(render_card_png(card)))
    assert data.format == "PNG"
    return data.convert("RGB")


def with_badge(index: int, status: str | None, badge: str) -> CardData:
    rows = list(PLAIN.rows)
    rows[index] = replace(rows[index], status=status, badge=badge)
    return replace(PLAIN, rows=tuple(rows))


def sample_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sample_card", DOCS / "make_sample_card.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_card_without_progress_looks_exactly_as_before() -> None:
    # docs/sample-card.png was drawn before the card knew about progress and badges.
    before = Image.open(DOCS / "sample-card.png").convert("RGB")
    now = picture(sample_module().SAMPLES["ru"])
    assert now.size == before.size
    assert ImageChops.difference(now, before).getbbox() is None


def test_status_without_badge_changes_nothing() -> None:
    quiet = replace(PLAIN, rows=tuple(replace(row, status="supported") for row in PLAIN.rows))
    assert render_card_png(quiet) == render_card_png(PLAIN)


@pytest.mark.parametrize("status", sorted(STATUS_COLOURS))
def test_badge_sits_right_on_the_label_row_in_the_status_colour(status: str) -> None:
    plain, badged = picture(PLAIN), picture(with_badge(0, status, "подтверждена · 4/5"))
    box = ImageChops.difference(plain, badged).getbbox()
    assert box is not None
    left, top, right, bottom = box
    assert left > WIDTH // 2, "the badge is right-aligned"
    assert right <= WIDTH - 44
    assert 230 < top < bottom < 330, "the badge is on the first label row"
    region = badged.crop(box)
    colours = {colour for _, colour in region.getcolors(maxcolors=1 << 16) or []}
    ink, pill = STATUS_COLOURS[status]
    assert ink in colours
    assert pill in colours
    others = {STATUS_COLOURS[other][0] for other in STATUS_COLOURS if other != status}
    assert not colours & others


def test_unknown_status_badge_is_grey() -> None:
    badged = picture(with_badge(2, None, "без статуса"))
    box = ImageChops.difference(picture(PLAIN), badged).getbbox()
    assert box is not None
    colours = {colour for _, colour in badged.crop(box).getcolors(maxcolors=1 << 16) or []}
    assert STATUS_COLOURS["untested"][0] in colours


def test_long_badge_and_label_share_the_row() -> None:
    long = "Очень длинная подпись статуса, которая ни за что не поместится " * 3
    card = with_badge(1, "refuted", long)
    rows = list(card.rows)
    rows[1] = replace(rows[1], label="Проблема с очень длинным названием раздела " * 3)
    plan = layout(replace(card, rows=tuple(rows)))
    label, badge = plan.labels[1], plan.badges[1]
    assert label.endswith("…")
    assert badge.endswith("…")
    label_end = LABEL_LEFT + text_width(font("SemiBold", 30), label)
    assert label_end + BADGE_GAP <= WIDTH - LEFT - badge_width(badge)
    assert plan.labels[0] == "Сегмент"
    assert plan.badges[0] == ""


def _bar_whites(card: CardData) -> int:
    """White pixels in the right half of the band's progress row (the filled bar)."""
    image = picture(card)
    band_bottom = next(y for y in range(image.height) if image.getpixel((10, y)) != BAND)
    row = image.crop((WIDTH // 2, band_bottom - 110, WIDTH - 80, band_bottom - 40))
    return sum(
        count for count, colour in row.getcolors(maxcolors=1 << 16) or [] if colour == WHITE
    )


def test_progress_line_and_bar_are_drawn_in_the_band() -> None:
    plain = picture(PLAIN)
    shown = picture(replace(PLAIN, progress="Интервью: 3 из 10", progress_share=0.3))
    plain_band = next(y for y in range(plain.height) if plain.getpixel((10, y)) != BAND)
    shown_band = next(y for y in range(shown.height) if shown.getpixel((10, y)) != BAND)
    assert shown_band > plain_band + 40, "the band grows by the progress row"
    empty = _bar_whites(replace(PLAIN, progress="Интервью: 0 из 10", progress_share=0.0))
    third = _bar_whites(replace(PLAIN, progress="Интервью: 3 из 10", progress_share=0.3))
    full = _bar_whites(replace(PLAIN, progress="Интервью: 12 из 10", progress_share=1.5))
    assert empty == 0
    assert 0 < third < full
    no_bar = _bar_whites(replace(PLAIN, progress="Интервью: 3"))
    assert no_bar == 0


def test_html_card_shows_progress_and_escaped_badges() -> None:
    card = replace(with_badge(1, "mixed", "<неоднозначно> & · 6"), progress="Интервью: 3 из <10>")
    html_text = render_card_html(card)
    assert html_text.startswith(
        "<b>Ценностное предложение</b>\nКофейни Казани\nИнтервью: 3 из &lt;10&gt;\n\n"
    )
    assert "<b>Проблема</b> — &lt;неоднозначно&gt; &amp; · 6\nОтвет про проблема" in html_text
    assert "<b>Сегмент</b>\nОтвет про сегмент" in html_text


def test_html_card_without_progress_is_unchanged() -> None:
    blank = replace(with_badge(0, "supported", "  "), progress=" ")
    assert render_card_html(blank) == render_card_html(PLAIN)
