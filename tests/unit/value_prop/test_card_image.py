"""The summary card as a PNG: portrait, readable Cyrillic, long and odd answers handled."""

from dataclasses import replace
from datetime import date
from io import BytesIO

from PIL import Image, ImageChops

from bot.i18n import I18n
from bot.interview.progress_card import add_progress
from bot.interview.synthesis.build import synthesize
from bot.value_prop.card.fonts import clean_text, font, supported_codepoints
from bot.value_prop.card.geometry import MAX_HEIGHT, MIN_HEIGHT, WIDTH, layout
from bot.value_prop.card.image import render_card_png
from bot.value_prop.card.layout import ellipsize, wrap
from bot.value_prop.card.model import CardData, CardRow, build_card
from bot.value_prop.questions import FIELDS

LABELS = ("Сегмент", "Проблема", "Ситуация", "Выгода", "Контроль")


def card(*texts: str | None, name: str = "Кофейни Казани") -> CardData:
    return CardData(
        title="Ценностное предложение",
        name=name,
        founder="Алсу Гарипова",
        rows=tuple(CardRow(label, text) for label, text in zip(LABELS, texts, strict=True)),
        skipped_text="пропущено",
        footer="vp-coach · 26.11.2026",
        founder_label="Автор",
    )


def image(data: bytes) -> Image.Image:
    picture = Image.open(BytesIO(data))
    assert picture.format == "PNG"
    picture.load()
    return picture.convert("RGB")


REALISTIC = card(
    "Владельцы 1–3 кофеен в Казани, которые сами закупают молоко",
    "Выбрасывают 8–12% молока и выпечки каждую неделю",
    None,
    "Заказ за 10 минут без списаний",
    "Списания ниже 4% через месяц",
)


def test_card_is_a_portrait_png_for_a_phone() -> None:
    picture = image(render_card_png(REALISTIC))
    assert picture.width == WIDTH == 1080
    assert MIN_HEIGHT <= picture.height <= MAX_HEIGHT
    assert picture.height > picture.width


def test_rendering_is_deterministic() -> None:
    assert render_card_png(REALISTIC) == render_card_png(REALISTIC)


def test_cyrillic_answers_are_drawn_with_real_glyphs() -> None:
    # Missing glyphs would all be the same box: two different words of the same length would
    # then give the same picture. Real glyphs differ, and only inside the first answer.
    first = image(render_card_png(card("Жжжжж", None, None, None, None)))
    second = image(render_card_png(card("Шшшшш", None, None, None, None)))
    assert first.size == second.size
    box = ImageChops.difference(first, second).getbbox()
    assert box is not None
    left, top, right, bottom = box
    assert 250 < top < bottom < 600, "the difference must be in the first answer"
    assert right - left > 100
    ink = first.crop(box).convert("L").point(lambda v: 255 if v < 100 else 0)
    assert ink.getbbox() is not None, "no dark text pixels in the answer area"


def test_fonts_cover_cyrillic_and_not_emoji() -> None:
    supported = supported_codepoints()
    letters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    assert all(ord(char) in supported for char in letters + "«»—–…₽№")
    assert ord("😀") not in supported


def test_emoji_are_kept_and_the_glue_of_composed_ones_dropped_before_drawing() -> None:
    # Glyphs are drawn one by one: joiners, variation selectors, keycap marks and skin tones
    # would show as boxes or swatches, so a composed emoji is drawn as its parts.
    assert (
        clean_text("Кофейни ☕ Казани 👨\u200d👩\u200d👧 1️⃣\tок") == "Кофейни ☕ Казани 👨👩👧 1 ок"
    )
    assert clean_text("👍🏽 да ✅") == "👍 да ✅"
    assert clean_text("a \ue000 b \U0010fffd c") == "a b c"  # in no font: dropped, not a box
    assert clean_text("  строка 1 \r\n\n\n строка 2  ") == "строка 1\nстрока 2"
    assert clean_text("й") == "й"  # и + combining breve, composed


def test_emoji_answers_do_not_break_the_card() -> None:
    odd = card("🚀🔥", "Кофе ☕ и выпечка 🥐", "\u200d\ufe0f", "<b>&amp;</b>", "👍🏽" * 500)
    picture = image(render_card_png(odd))
    assert MIN_HEIGHT <= picture.height <= MAX_HEIGHT


def test_very_long_answers_are_shortened_to_fit_the_screen() -> None:
    long = "Очень длинный ответ про кофейни и молоко, который всё не кончается. " * 80
    picture = image(render_card_png(card(long[:5000], long, long, long, long, name=long)))
    assert MAX_HEIGHT - 60 < picture.height <= MAX_HEIGHT  # filled up to the last whole line
    one_long = image(render_card_png(card(long[:5000], "Кратко", None, "Кратко", "Кратко")))
    assert one_long.height <= MAX_HEIGHT


def test_wrapping_keeps_every_line_within_the_width() -> None:
    face = font("Regular", 38)
    text = "Слово " * 40 + "Оченьдлинноесловобезединогопробела" * 8 + " конец"
    lines = wrap(text, face, 600, max_lines=100)
    assert all(face.getlength(line) <= 600 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_short_words_stay_with_the_next_word() -> None:
    face = font("Regular", 38)
    lines = wrap("Владельцы кофеен в Казани с выручкой до 2 млн в месяц", face, 300, 100)
    assert not any(line.endswith((" в", " с", " до", " 2")) for line in lines)


def test_wrapping_stops_early_for_huge_texts() -> None:
    lines = wrap("слово " * 5000, font("Regular", 38), 900, max_lines=10)
    assert len(lines) == 11


def test_ellipsis_fits_the_width() -> None:
    face = font("Regular", 38)
    short = ellipsize("Списания молока и выпечки каждую неделю", face, 400)
    assert short.endswith("…")
    assert face.getlength(short) <= 400
    assert ellipsize("Коротко", face, 400) == "Коротко…"


def test_emoji_are_drawn_by_the_fallback_font_not_as_boxes() -> None:
    plain = image(render_card_png(card("Кофейни", "Кратко", None, "Кратко", "Кратко")))
    cup = image(render_card_png(card("Кофейни ☕", "Кратко", None, "Кратко", "Кратко")))
    box = ImageChops.difference(plain, cup).getbbox()
    assert box is not None, "the emoji must be drawn"
    left, top, right, bottom = box
    assert right - left > 20
    assert bottom - top > 20
    # Fira Sans's missing-glyph box is a tall narrow frame (about 25 x 54 px at this size);
    # the cup is about as wide as it is high.
    assert right - left >= 0.8 * (bottom - top)
    assert ImageChops.difference(plain.crop(box), cup.crop(box)).getbbox() is not None


def test_a_cut_answer_says_where_the_full_text_is() -> None:
    note = "Длинные ответы сокращены: полный текст — в сообщении выше"
    long = "Очень длинный ответ про кофейни и молоко, который всё не кончается. " * 80
    short_card = replace(card("Кратко", "Кратко", None, "Кратко", "Кратко"), cut_note=note)
    long_card = replace(card("Кратко", long, None, "Кратко", long), cut_note=note)
    assert layout(short_card).note == ""
    plan = layout(long_card)
    assert plan.note == note
    assert any(lines[-1].endswith("…") for lines in plan.answers)
    assert plan.height <= MAX_HEIGHT
    without = image(render_card_png(replace(long_card, cut_note="")))
    with_note = image(render_card_png(long_card))
    box = ImageChops.difference(without, with_note).getbbox()
    assert box is not None
    assert box[3] > with_note.height - 200  # the note sits above the footer


def test_each_card_says_where_its_cut_answers_are_in_full() -> None:
    """The summary card follows its full text; the progress card follows a shortened synthesis."""
    ru = I18n().get("ru")
    answers = dict.fromkeys(FIELDS, "Ответ")
    summary = build_card(ru, name="ЦП", founder="Анна", answers=answers, on=date(2026, 12, 6))
    assert "в сообщении выше" in summary.cut_note
    progress = add_progress(summary, ru, synthesis=synthesize({}, []), done=0, goal=5)
    assert "/list" in progress.cut_note
