"""The summary card as data and as a Telegram HTML message."""

import re
from datetime import date
from typing import Any

from bot.i18n import LOCALES_DIR, I18n, message_ids
from bot.telegram.text_limits import split_message, truncate_caption
from bot.text.html import utf16_len, visible_text
from bot.value_prop.card.model import CardData, CardRow, build_card
from bot.value_prop.card.text import render_card_html
from bot.value_prop.questions import FIELDS, Field
from tests.html_read import read_html


def shown(html_text: str) -> str:
    """Visible text, parsed independently; fails on unbalanced or unexpected tags."""
    return read_html(html_text, allowed_tags={"b", "i"})


def card(*texts: str | None, name: str = "Кофейни Казани", founder: str = "Алсу") -> CardData:
    labels = ("Сегмент", "Проблема", "Ситуация", "Выгода", "Контроль")
    return CardData(
        title="Ценностное предложение",
        name=name,
        founder=founder,
        rows=tuple(CardRow(label, text) for label, text in zip(labels, texts, strict=True)),
        skipped_text="пропущено",
        footer="vp-coach · 26.11.2026",
        founder_label="Автор",
    )


ANSWERS = ("Владельцы кофеен", "Списания молока", "Вечером", "Меньше списаний", "Ниже 4%")


def test_card_shows_title_name_labels_answers_founder_and_footer() -> None:
    html_text = render_card_html(card(*ANSWERS))
    assert html_text.startswith("<b>Ценностное предложение</b>\nКофейни Казани\n\n")
    assert "<b>Сегмент</b>\nВладельцы кофеен\n\n<b>Проблема</b>\nСписания молока" in html_text
    assert html_text.endswith("Автор: Алсу\n<i>vp-coach · 26.11.2026</i>")
    shown(html_text)


def test_user_text_is_shown_exactly_as_typed() -> None:
    tricky = "<b>&amp; *bold* _it_ `code` [link](x) ☕👨‍👩‍👧 \"q\" 'a'"
    html_text = render_card_html(card(tricky, *ANSWERS[1:], name="<i>", founder="A&B <3"))
    assert "&lt;b&gt;&amp;amp; *bold* _it_ `code` [link](x) ☕👨‍👩‍👧 \"q\" 'a'" in html_text
    text = shown(html_text)
    assert tricky in text
    assert "\n<i>\n" in text
    assert "Автор: A&B <3" in text
    assert visible_text(html_text) == text


def test_skipped_answers_are_shown_in_italics() -> None:
    html_text = render_card_html(card(ANSWERS[0], None, ANSWERS[2], "   ", ANSWERS[4]))
    assert html_text.count("<i>пропущено</i>") == 2
    assert "<b>Проблема</b>\n<i>пропущено</i>" in html_text
    assert "<b>Выгода</b>\n<i>пропущено</i>" in html_text


def test_card_without_name_or_founder_leaves_their_lines_out() -> None:
    html_text = render_card_html(card(*ANSWERS, name=" ", founder=""))
    assert html_text.startswith("<b>Ценностное предложение</b>\n\n<b>Сегмент</b>")
    assert html_text.endswith("Ниже 4%\n\n<i>vp-coach · 26.11.2026</i>")


def test_long_card_splits_into_valid_messages() -> None:
    long_answer = "Кофе & молоко <дорого> 🥐 " * 170
    html_text = render_card_html(card(*(long_answer for _ in FIELDS)))
    chunks = split_message(html_text)
    assert len(chunks) >= 5
    for chunk in chunks:
        assert utf16_len(shown(chunk)) <= 4096
        assert not re.search(r"&(?!(?:lt|gt|amp);)", chunk)
    assert re.sub(r"\s", "", "".join(shown(c) for c in chunks)) == re.sub(
        r"\s", "", shown(html_text)
    )


def test_card_as_photo_caption_fits_1024() -> None:
    html_text = render_card_html(card(*("Кофе 😀 " * 100 for _ in FIELDS)))
    caption = truncate_caption(html_text)
    assert utf16_len(shown(caption)) <= 1024
    assert caption.endswith("…")


def fake_gettext(key: str, /, **kwargs: Any) -> str:
    texts = {
        "card-title": "Ценностное предложение",
        "card-skipped": "пропущено",
        "card-founder": "Автор",
        "card-date-format": "%d.%m.%Y",
    }
    if key == "card-footer":
        return f"vp-coach · {kwargs['date']}"
    return texts.get(key, key.upper())


def test_build_card_takes_labels_from_locale_keys_in_question_order() -> None:
    answers = {Field.PROBLEM: "Списания", Field.SEGMENT: "Кофейни", Field.CONTROL: None}
    built = build_card(
        fake_gettext, name="Казань", founder="Алсу", answers=answers, on=date(2026, 11, 26)
    )
    assert [row.label for row in built.rows] == [f"VP-LABEL-{f.upper()}" for f in FIELDS]
    assert [row.text for row in built.rows] == ["Кофейни", "Списания", None, None, None]
    assert built.footer == "vp-coach · 26.11.2026"
    assert built.founder_line == "Автор: Алсу"
    assert built.title == "Ценностное предложение"
    assert built.skipped_text == "пропущено"


def test_card_texts_exist_in_both_languages() -> None:
    ru = message_ids(LOCALES_DIR / "ru" / "card.ftl")
    en = message_ids(LOCALES_DIR / "en" / "card.ftl")
    assert ru == en
    assert all(key.startswith("card-") for key in ru)
    i18n = I18n()
    assert i18n.get("ru")("card-footer", date="26.11.2026") == "vp-coach · 26.11.2026"
    assert date(2026, 11, 26).strftime(i18n.get("en")("card-date-format")) == "2026-11-26"
