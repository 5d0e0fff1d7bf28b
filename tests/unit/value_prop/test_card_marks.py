"""Answers kept despite coaching are marked "to sharpen" on the card; the quote of coaching."""

from dataclasses import replace
from datetime import date
from io import BytesIO

from PIL import Image, ImageChops

from bot.i18n import I18n
from bot.value_prop.card.geometry import WIDTH
from bot.value_prop.card.image import SHARPEN_COLOURS, STATUS_COLOURS, render_card_png
from bot.value_prop.card.model import CardData, build_card
from bot.value_prop.card.text import render_card_html
from bot.value_prop.questions import Field
from bot.value_prop.render import quote_short

ANSWERS: dict[Field, str | None] = {
    Field.SEGMENT: "все",
    Field.PROBLEM: "Теряют заявки",
    Field.SITUATION: None,
    Field.BENEFIT: "Экономят 3 часа",
    Field.CONTROL: "Считаем раз в месяц",
}


def picture(png: bytes) -> Image.Image:
    return Image.open(BytesIO(png)).convert("RGB")


def card(to_sharpen: set[Field]) -> CardData:
    t = I18n().get("ru")
    return build_card(
        t, name="ЦП", founder="Анна", answers=ANSWERS, on=date(2026, 12, 6), to_sharpen=to_sharpen
    )


def test_only_kept_answers_get_the_marker_and_a_skip_never_does() -> None:
    marked = card({Field.SEGMENT, Field.SITUATION})
    assert [row.marker for row in marked.rows] == ["доработать", None, None, None, None]
    html = render_card_html(marked)
    assert "<b>Сегмент</b> · ⚠️ <i>доработать</i>\nвсе" in html
    assert "<b>Ситуация</b>\n<i>пропущено</i>" in html
    assert html.count("доработать") == 1


def test_marker_is_a_pill_on_its_own_label_row() -> None:
    plain, marked = (
        picture(render_card_png(card(set()))),
        picture(render_card_png(card({Field.SEGMENT}))),
    )
    box = ImageChops.difference(plain, marked).getbbox()
    assert box is not None
    left, top, _, bottom = box
    assert left > WIDTH // 2, "right-aligned like a status badge"
    assert 230 < top < bottom < 330, "on the first panel's label row"
    region = {colour for _, colour in marked.crop(box).getcolors(maxcolors=1 << 16) or []}
    assert set(SHARPEN_COLOURS) <= region


def test_marker_and_status_badge_share_the_pill_in_the_status_colour() -> None:
    base = card({Field.SEGMENT})
    rows = list(base.rows)
    rows[0] = replace(rows[0], status="supported", badge="подтверждена · 4/5")
    drawn = {
        c
        for _, c in picture(render_card_png(replace(base, rows=tuple(rows)))).getcolors(1 << 20)
        or []
    }
    assert STATUS_COLOURS["supported"][0] in drawn
    assert SHARPEN_COLOURS[0] not in drawn


def test_coaching_quotes_the_founders_words_escaped_and_shortened() -> None:
    assert quote_short("нужен <b>сайт</b> & CRM") == "нужен &lt;b&gt;сайт&lt;/b&gt; &amp; CRM"
    long = "слово " * 100
    quoted = quote_short(long, limit=50)
    assert len(quoted) <= 50
    assert quoted.endswith("слово…")
    assert quote_short("  две\nстроки  ") == "две строки"
