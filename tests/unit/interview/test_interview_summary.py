"""One saved interview as the founder sees it: verdict, the customer's words, the notes."""

from datetime import date

from bot.db.models import Interview, InterviewNote
from bot.i18n import I18n
from bot.interview.render import interview_summary


def interview(said: str, quote: str, *, fit: str = "yes", verdict: str = "confirmed") -> Interview:
    row = Interview(
        respondent="Ильдар <кофейня>",
        held_on=date(2026, 11, 25),
        segment_fit=fit,
        commitment="money",
        next_step="",
        status="done",
    )
    row.notes = [InterviewNote(field="segment", said=said, quote=quote, verdict=verdict)]
    return row


def test_words_and_notes_are_labelled_apart() -> None:
    text = interview_summary(I18n().get("ru"), interview("Сам закупает", "Я вожу зерно"))
    assert "✅ <b>Сегмент</b>: Подтвердил" in text
    assert "💬 <i>«Я вожу зерно»</i>" in text
    assert "📝 <i>заметки:</i> Сам закупает" in text
    assert "Обязательство: Деньги" in text
    assert "Противоречие" not in text
    english = interview_summary(I18n().get("en"), interview("Buys himself", ""))
    assert "📝 <i>notes:</i> Buys himself" in english
    assert "💬" not in english  # no words written down: nothing shown as a quote


def test_long_text_full_of_html_characters_is_shown_whole() -> None:
    # 1,500 characters (the limit of a typed answer) escape to 7,500, over Fluent's limit.
    said = "&" * 1500
    text = interview_summary(I18n().get("ru"), interview(said, "<" * 1500))
    assert "&amp;" * 1500 in text
    assert "&lt;" * 1500 in text


def test_refuted_segment_of_someone_marked_in_the_segment_is_pointed_out() -> None:
    text = interview_summary(I18n().get("ru"), interview("Нет кофейни", "", verdict="refuted"))
    assert "Противоречие" in text
    assert "Ильдар &lt;кофейня&gt;" in text
