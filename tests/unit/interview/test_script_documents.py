"""The interview script as Markdown and PDF documents, and the reusable PDF writer."""

import re

import pytest

from bot.i18n import I18n
from bot.interview.script.generate import Proposition, ScriptDocument, ScriptItem, build_document
from bot.interview.script.markdown import HOWTO_KEYS, render_markdown
from bot.interview.script.pdf import render_pdf
from bot.text.markdown import escape_inline as escape_markdown
from bot.text.pdf.typography import NBSP, tie_words
from bot.text.pdf.writer import PdfWriter
from bot.value_prop.questions import Field
from tests.markdown_read import shown

ANSWERS = {
    Field.SEGMENT: "Владельцы 1–3 кофеен в Казани",
    Field.PROBLEM: "Выбрасывают 8–12% молока: заказ *на глаз*, [без] учёта <точно>",
    Field.SITUATION: "Вечером в воскресенье, когда составляют заказ",
    Field.BENEFIT: None,
    Field.CONTROL: "Списания ниже 4% — сверяем по накладным",
}


def document(language: str = "ru", **changes: str | None) -> ScriptDocument:
    answers = {**ANSWERS, **{Field(key): value for key, value in changes.items()}}
    t = I18n().get(language)
    return build_document(
        Proposition(answers), t, vp_name="Кофейни Казани", topic="закупка <зерна>"
    )


def unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_markdown_has_title_hypotheses_every_question_and_the_checklist(language: str) -> None:
    t = I18n().get(language)
    doc = document(language)
    markdown = render_markdown(doc, t)
    plain = unescape(markdown)
    assert markdown.startswith(f"# {t('script-document-title')}\n")
    assert "Кофейни Казани" in plain
    assert t("script-topic", topic="закупка <зерна>") in plain
    assert t("script-opening", topic="закупка <зерна>") in plain
    for label, text, unclear in doc.hypotheses:
        shown = f"*{escape_markdown(text)}*" if unclear else escape_markdown(text)
        assert f"- **{label}:** {shown}\n" in markdown
    assert doc.hypotheses[3][2]  # the missing benefit says what to listen for
    assert t("script-listen-benefit") in doc.hypotheses[3][1]
    for number, item in enumerate(doc.items, start=1):
        tag = escape_markdown(t(f"script-tag-{item.tag}"))
        assert f"\n{number}. {escape_markdown(item.text)} *\\[{tag}\\]*\n" in markdown
    for section in dict.fromkeys(item.section for item in doc.items):
        assert f"\n## {t(f'script-section-{section}')}\n" in markdown
    for key in HOWTO_KEYS:
        assert f"\n- {escape_markdown(t(key))}" in markdown
    assert markdown.endswith("\n")


def test_markdown_escapes_what_the_founder_typed() -> None:
    markdown = render_markdown(document(), I18n().get("ru"))
    assert r"заказ \*на глаз\*, [без] учёта <точно>" in markdown  # "<т" is no tag
    assert "*на глаз*" not in markdown
    assert "заказ *на глаз*, [без] учёта <точно>" in shown(markdown)


def test_escape_markdown_keeps_text_and_defuses_line_starts() -> None:
    assert escape_markdown("1. Первое") == r"1\. Первое"
    assert escape_markdown("- пункт") == r"\- пункт"
    assert escape_markdown("# не заголовок") == r"\# не заголовок"
    assert escape_markdown("a_b `c` & d|e ~f~") == r"a_b \`c\` & d|e \~f\~"  # only what renders
    assert (
        escape_markdown("Сколько стоит? Что вы делали вчера?")
        == "Сколько стоит? Что вы делали вчера?"
    )
    assert escape_markdown("две\n\nстроки") == "две строки"
    assert escape_markdown("2.5 млн, 20–30 мин.") == "2.5 млн, 20–30 мин."


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def test_pdf_is_a_pdf_with_fira_sans_embedded() -> None:
    pdf = render_pdf(document(), I18n().get("ru"))
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert b"FiraSans" in pdf
    assert 1 <= page_count(pdf) <= 3


def test_pdf_renders_english_and_odd_user_text_without_failing() -> None:
    long_word = "Оченьдлинноесловобезединогопробела" * 6
    doc = document("en", situation=f"{long_word} 😀👍🏽 ☕️ «ёлка» — ₽ №", problem="\x00\u200b")
    pdf = render_pdf(doc, I18n().get("en"))
    assert pdf.startswith(b"%PDF-")
    assert page_count(pdf) >= 1


def test_pdf_grows_pages_for_a_long_script() -> None:
    doc = document()
    doc.items.extend(
        ScriptItem(section="founder", text=f"Вопрос номер {n}: когда это было?") for n in range(80)
    )
    pdf = render_pdf(doc, I18n().get("ru"))
    assert page_count(pdf) >= 3


def test_writer_keeps_emoji_drops_what_no_font_has_and_tidies_spaces() -> None:
    writer = PdfWriter()
    assert writer.clean("Казани ☕️, сами") == "Казани ☕, сами"  # the variation selector goes
    assert writer.clean("👍🏽 Привет") == "👍 Привет"  # a skin tone would be a swatch of its own
    assert writer.clean("a 😀 b\tc") == "a 😀 b c"
    assert writer.clean("(😀 да) «👍 нет»") == "(😀 да) «👍 нет»"
    assert writer.clean("a \U000e0001 b \u2063 c") == "a b c"  # a tag, an invisible separator
    assert writer.runs("да 👍 нет") == [("да ", False), ("👍", True), (" нет", False)]
    assert writer.clean("ёлка — “quotes” № 5 ₽ …") == "ёлка — “quotes” № 5 ₽ …"
    assert writer.clean("одна\n\nдве") == "одна\n\nдве"


def test_short_words_are_tied_to_the_next_one() -> None:
    assert tie_words("я и ты в 2 млн — да") == f"я{NBSP}и{NBSP}ты{NBSP}в{NBSP}2{NBSP}млн{NBSP}— да"
    assert tie_words("длинные слова") == "длинные слова"


def test_writer_helpers_produce_a_document() -> None:
    writer = PdfWriter(title="Заголовок", footer="vp-coach")
    writer.title("Заголовок документа")
    writer.heading("Раздел")
    writer.paragraph("Обычный абзац.")
    writer.paragraph("Курсив.", italic=True, muted=True)
    writer.bullet("Пункт списка")
    writer.numbered(1, "Нумерованный пункт")
    writer.definition("Термин", "Определение")
    assert writer.measure("одна строка") > 0
    assert writer.measure("слово " * 200) > 5 * writer.measure("слово")
    pdf = writer.output()
    assert pdf.startswith(b"%PDF-")
    assert writer.pdf.page_no() == 1


def unicode_map(pdf: bytes) -> set[str]:
    """Characters the embedded fonts' ToUnicode maps say were drawn."""
    return {chr(int(code, 16)) for code in re.findall(rb"<[0-9A-F]{4}> <([0-9A-F]{4})>", pdf)}


def test_cyrillic_is_drawn_with_the_embedded_font() -> None:
    writer = PdfWriter()
    writer.paragraph("Съешь же ещё этих мягких французских булок «да» — №1")
    drawn = unicode_map(writer.output())
    assert set("СъешьжеёщэтихмягкфранцузсбулоЖ«»—№1") - {"Ж"} <= drawn
    assert "😀" not in drawn


def test_script_pdf_draws_the_founders_answers() -> None:
    drawn = unicode_map(render_pdf(document(), I18n().get("ru")))
    assert set("".join(answer or "" for answer in ANSWERS.values())) <= drawn


def test_script_pdf_text_has_the_topic_tags_and_no_vague_answer() -> None:
    from io import BytesIO  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    t = I18n().get("ru")
    answers = {**ANSWERS, Field.SITUATION: "Всегда как-то неудобно"}
    doc = build_document(
        Proposition(answers, vague=frozenset({Field.SITUATION})),
        t,
        vp_name="Кофейни",
        topic="закупка зерна",
    )
    reader = PdfReader(BytesIO(render_pdf(doc, t)))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Тема разговора: закупка зерна" in text
    assert "[сегмент]" in text
    assert "[договорённость]" in text
    assert "неудобно" not in text
    assert "пока размыта" in text
