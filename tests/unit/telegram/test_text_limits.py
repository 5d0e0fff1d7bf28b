"""Telegram length limits: UTF-16 counting, splitting long HTML messages, shortening captions."""

import re

import pytest

from bot.telegram.text_limits import split_message, truncate_caption
from bot.text.html import utf16_len, visible_text
from tests.html_read import read_html

_VALID_AMPERSAND = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#[xX][\da-fA-F]+);")


def read(chunk: str) -> str:
    """Independent check of a chunk: visible text, and tags properly nested and closed."""
    return read_html(chunk)


def assert_well_formed(chunk: str) -> None:
    without_tags = re.sub(r"<[^<>]*>", "", chunk)
    assert "<" not in without_tags
    assert ">" not in without_tags
    assert "&" not in _VALID_AMPERSAND.sub("", without_tags), "an entity was cut"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_chunks(source: str, chunks: list[str], limit: int) -> None:
    for chunk in chunks:
        assert_well_formed(chunk)
        shown = read(chunk)
        assert shown.strip(), "empty message"
        assert utf16_len(shown) <= limit
        assert utf16_len(visible_text(chunk)) == utf16_len(shown)
    assert squeeze("".join(read(c) for c in chunks)) == squeeze(read(source))


PARAGRAPH = (
    "Владельцы кофеен в Казани каждую неделю выбрасывают молоко и выпечку, "
    "потому что заказывают <b>на глаз</b> &amp; не знают, сколько гостей придёт. ☕"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("abc", 3), ("Привет", 6), ("😀", 2), ("👍🏽", 4), ("", 0), ("é", 1)],
)
def test_utf16_len_counts_like_telegram(text: str, expected: int) -> None:
    assert utf16_len(text) == expected


def test_visible_text_drops_tags_and_decodes_only_telegram_entities() -> None:
    assert visible_text("<b>a &lt;b&gt; &amp; &#128512; &nbsp;</b>") == "a <b> & 😀 &nbsp;"


def test_short_message_is_returned_unchanged() -> None:
    assert split_message("<b>Привет</b>, мир") == ["<b>Привет</b>, мир"]


def test_message_with_nothing_visible_gives_no_chunks() -> None:
    assert split_message("") == []
    assert split_message(" \n<b> </b>") == []


def test_long_message_is_split_at_paragraphs_within_the_limit() -> None:
    source = "\n\n".join(f"{n}. {PARAGRAPH}" for n in range(60))
    chunks = split_message(source, limit=500)
    check_chunks(source, chunks, 500)
    assert len(chunks) > 1
    for chunk in chunks:
        assert read(chunk).rstrip().endswith("☕"), "a paragraph was cut in the middle"


def test_default_limit_is_telegrams_4096_utf16_units() -> None:
    source = "\n".join(PARAGRAPH for _ in range(200))
    chunks = split_message(source)
    check_chunks(source, chunks, 4096)
    assert all(utf16_len(read(c)) > 2000 for c in chunks[:-1]), "chunks are too small"


def test_emoji_count_twice_and_are_never_split_in_half() -> None:
    source = "😀" * 3000
    chunks = split_message(source, limit=4096)
    check_chunks(source, chunks, 4096)
    assert [len(c) for c in chunks] == [2048, 952]


def test_a_line_without_paragraphs_is_split_between_words() -> None:
    words = [f"слово{n}" for n in range(400)]
    source = " ".join(words)
    chunks = split_message(source, limit=100)
    check_chunks(source, chunks, 100)
    assert [w for c in chunks for w in c.split(" ")] == words


def test_a_word_longer_than_the_limit_is_cut_inside() -> None:
    source = "Ж" * 250
    chunks = split_message(source, limit=100)
    check_chunks(source, chunks, 100)
    assert chunks == ["Ж" * 100, "Ж" * 100, "Ж" * 50]


def test_tags_open_at_a_cut_are_closed_and_reopened() -> None:
    link = '<a href="https://example.com/?a=1&amp;b=2">'
    source = f"<b>{link}{'слово ' * 100}</a></b> хвост"
    chunks = split_message(source, limit=120)
    check_chunks(source, chunks, 120)
    for chunk in chunks[:-1]:
        assert chunk.startswith(f"<b>{link}")
        assert chunk.endswith("</a></b>")


def test_entities_are_never_cut() -> None:
    source = "&amp;&lt;&gt;&quot;" * 300
    chunks = split_message(source, limit=99)
    check_chunks(source, chunks, 99)
    assert "".join(read(c) for c in chunks) == '&<>"' * 300


def test_whitespace_at_a_cut_is_dropped() -> None:
    chunks = split_message("первый абзац\n\nвторой абзац", limit=15)
    assert chunks == ["первый абзац", "второй абзац"]


def test_emoji_sequence_moves_whole_to_the_next_chunk() -> None:
    family = "👨\u200d👩\u200d👧"
    chunks = split_message("a" * 9 + family, limit=12)
    assert chunks == ["a" * 9, family]


def test_limit_must_fit_any_character() -> None:
    with pytest.raises(ValueError, match="limit"):
        split_message("abc", limit=1)


def test_short_caption_is_unchanged() -> None:
    assert truncate_caption("<b>Кофейни</b> Казани") == "<b>Кофейни</b> Казани"


def test_long_caption_is_cut_at_a_word_with_an_ellipsis() -> None:
    source = "<b>Ценностное предложение</b>\n<i>" + " ".join(["кофе😀"] * 400) + "</i>"
    caption = truncate_caption(source)
    assert_well_formed(caption)
    shown = read(caption)
    assert utf16_len(shown) <= 1024
    assert utf16_len(shown) > 900
    assert shown.endswith("…")
    assert shown.removesuffix("…").endswith("кофе😀")
    assert read(source).startswith(shown.removesuffix("…"))


def test_caption_of_one_long_word_is_cut_inside_it() -> None:
    caption = truncate_caption("&amp;" * 2000, limit=10)
    assert caption == "&amp;" * 9 + "…"
