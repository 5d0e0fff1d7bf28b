"""The synthesis message: you said beside customers said, quotes for and against, people outside
the segment apart, weak evidence and contradictions, one icon per status."""

from bot.i18n import I18n
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.html_page import render_synthesis_html
from bot.interview.synthesis.model import HypothesisNote, InterviewRecord
from bot.value_prop.questions import Field

HYPOTHESES = {Field.SEGMENT: "Владельцы кофеен в Казани", Field.PROBLEM: "Списания молока"}


def record(n: int, fit: str, commitment: str, **notes: HypothesisNote) -> InterviewRecord:
    return InterviewRecord(
        alias=["Анна", "Борис <ИП>", "Вера"][n],
        segment_fit=fit,
        findings={Field(name): note for name, note in notes.items()},
        commitment=commitment,
    )


RECORDS = [
    record(0, "yes", "money", problem=HypothesisNote("часто", "confirmed", "Вчера вылили <3 л>")),
    record(
        1,
        "yes",
        "none",
        problem=HypothesisNote("нет", "refuted", "Молоко не списываем"),
        segment=HypothesisNote("не кофейня", "refuted", None),
    ),
    record(2, "no", "none", problem=HypothesisNote("да", "confirmed", "Бывает")),
]


def html(language: str, goal: int | None = 10) -> str:
    return render_synthesis_html(synthesize(HYPOTHESES, RECORDS), I18n().get(language), goal)


def test_russian_synthesis_shows_you_said_and_customers_said() -> None:
    text = html("ru")
    assert "Проведено 3 из 10 интервью" in text
    assert "<b>Вы сказали:</b> Списания молока" in text
    assert "за — 1 (✅ 1 · 🟡 0), против — 1 · ❔ неясно — 0 (не в счёт)" in text
    assert "✅ <i>«Вчера вылили &lt;3 л&gt;»</i> — Анна · 💰 деньги" in text
    assert "❌ <i>«Молоко не списываем»</i> — Борис &lt;ИП&gt;" in text
    assert "👎 <b>Против:</b>" in text
    assert "🚫 <b>Вне сегмента:</b> Вера" in text
    assert "✅ <i>«Бывает»</i> — Вера" in text.split("🚫 <b>Вне сегмента</b> (не в счёт):")[1]
    assert "⚠️ <b>Противоречие:</b> «Борис &lt;ИП&gt;»" in text
    assert "❌ <i>заметки:</i> не кофейня — Борис" in text
    assert "🔵 рано судить: нужно ещё 3 интервью" in text
    assert "<b>Вы сказали:</b> <i>не записано</i>" in text
    assert "<3" not in text


def test_english_synthesis_and_weak_evidence() -> None:
    weak = record(0, "yes", "none", problem=HypothesisNote("they said yes", "confirmed", None))
    s = synthesize(HYPOTHESES, [weak])
    text = render_synthesis_html(s, I18n().get("en"), None)
    assert "1 interview held" in text
    assert "✅ <i>notes:</i> they said yes — Анна · ⚠️ weak" in text
    assert "⚠️ <b>Weak evidence:</b> 1 confirmation without the customer's words" in text
    assert "Statuses: 🟢 supported · 🔴 refuted · 🟠 mixed · 🔵 too early · ⚪ untested" in text


def test_every_status_has_one_icon_of_its_own() -> None:
    for language in ("ru", "en"):
        t = I18n().get(language)
        icons = [t(f"syn-status-{s}", left=1).split()[0] for s in ("untested", "testing")]
        icons += [t(f"syn-status-{s}").split()[0] for s in ("supported", "refuted", "mixed")]
        assert icons == ["⚪", "🔵", "🟢", "🔴", "🟠"]
        legend = t("syn-legend-status")
        assert all(icon in legend for icon in icons)


def test_synthesis_without_interviews_says_so() -> None:
    text = render_synthesis_html(synthesize(HYPOTHESES, []), I18n().get("ru"), 10)
    assert "Проведено 0 из 10 интервью" in text
    assert "Пока нет ни одного завершённого интервью" in text


def test_many_people_outside_the_segment_are_counted_not_all_named() -> None:
    # 40 long names would overflow a Fluent placeable (2,500 characters) if all were listed.
    outsiders = [
        InterviewRecord(
            alias=f"{n} " + "очень длинное имя собеседника " * 4,
            segment_fit="no",
            findings={},
            commitment="none",
        )
        for n in range(40)
    ]
    text = render_synthesis_html(synthesize(HYPOTHESES, outsiders), I18n().get("ru"), 10)
    head = text.split("\n\n")[0]
    assert "…и ещё 32" in head
    assert head.count("очень длинное имя") == 8
