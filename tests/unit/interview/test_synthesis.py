"""Synthesis of interviews: verdict counts, status thresholds, quotes and the HTML message."""

from collections.abc import Sequence
from datetime import date

import pytest

from bot.i18n import I18n
from bot.interview.synthesis import (
    STATUS_RULE,
    HypothesisNote,
    InterviewRecord,
    render_synthesis_html,
    status_for,
    synthesize,
)
from bot.interview.synthesis_quotes import MAX_QUOTES, concreteness, pick_quotes
from bot.value_prop.questions import FIELDS, Field

HYPOTHESES = {
    Field.SEGMENT: "Владельцы кофеен в Казани",
    Field.PROBLEM: "Списания молока 8–12% в неделю",
    Field.SITUATION: None,
}


def record(
    problem: str | None = None,
    said: str | None = None,
    *,
    n: int = 1,
    fit: str = "yes",
    commitment: str = "none",
    **verdicts: str | None,
) -> InterviewRecord:
    findings = {Field(name): HypothesisNote(said=None, verdict=v) for name, v in verdicts.items()}
    if problem is not None or said is not None:
        findings[Field.PROBLEM] = HypothesisNote(said=said, verdict=problem)
    return InterviewRecord(
        alias=f"Респондент {n}",
        held_on=date(2026, 11, n),
        segment_fit=fit,
        findings=findings,
        key_quote=None,
        commitment=commitment,
        next_step=None,
    )


def problem_status(verdicts: Sequence[str | None]) -> str:
    interviews = [record(v, n=i + 1) for i, v in enumerate(verdicts)]
    return synthesize(HYPOTHESES, interviews).fields[1].status


def test_counts_every_verdict_and_ignores_skipped_ones() -> None:
    verdicts = ["confirmed", "confirmed", "partly", "refuted", "unclear", None]
    s = synthesize(HYPOTHESES, [record(v, n=i + 1) for i, v in enumerate(verdicts)])
    problem = s.fields[1]
    assert problem.field is Field.PROBLEM
    assert problem.counts == {"confirmed": 2, "partly": 1, "refuted": 1, "unclear": 1}
    assert problem.tested == 5
    assert s.interviews == 6
    assert [f.field for f in s.fields] == list(FIELDS)
    assert s.fields[0].tested == 0
    assert s.fields[0].status == "untested"
    assert s.fields[0].hypothesis == "Владельцы кофеен в Казани"
    assert s.fields[2].hypothesis is None


def test_no_interviews_leave_every_hypothesis_untested() -> None:
    s = synthesize(HYPOTHESES, [])
    assert {f.status for f in s.fields} == {"untested"}
    assert s.commitments == {"none": 0, "time": 0, "reputation": 0, "money": 0}
    assert s.segment_fit == {"yes": 0, "partly": 0, "no": 0}


@pytest.mark.parametrize(
    ("verdicts", "status"),
    [
        (["confirmed"] * 4, "testing"),  # all four agree, but four is not enough
        (["confirmed"] * 4 + [None] * 3, "testing"),  # skipped ones do not count
        (["confirmed"] * 5, "supported"),
        (["confirmed"] * 7 + ["refuted"] * 3, "supported"),  # exactly 70%
        (["confirmed"] * 6 + ["partly"] * 3 + ["unclear"], "mixed"),  # 60%
        (["confirmed"] * 4 + ["partly"], "supported"),  # 80%
        (["confirmed"] * 3 + ["partly"] * 2, "mixed"),  # 60%
        (["refuted"] * 3 + ["confirmed"] * 3, "refuted"),  # exactly 50%
        (["refuted"] * 2 + ["confirmed"] * 2 + ["unclear"], "mixed"),  # 40%
        (["refuted"] * 5, "refuted"),
        (["unclear"] * 5, "mixed"),
    ],
)
def test_status_thresholds(verdicts: list[str | None], status: str) -> None:
    assert problem_status(verdicts) == status


def test_status_rule_agrees_with_status_for() -> None:
    assert status_for({}) == "untested"
    assert status_for({"partly": 1}) == "testing"
    assert status_for({"confirmed": 14, "partly": 6}) == "supported"
    assert status_for({"confirmed": 13, "partly": 7}) == "mixed"
    assert "70%" in STATUS_RULE
    assert "50%" in STATUS_RULE
    assert "5 interviews" in STATUS_RULE


def test_commitments_and_segment_fit_are_counted() -> None:
    interviews = [
        record(commitment="time", fit="yes"),
        record(commitment="time", fit="partly"),
        record(commitment="money", fit="yes"),
        record(commitment="none", fit="no"),
    ]
    s = synthesize(HYPOTHESES, interviews)
    assert s.commitments == {"none": 1, "time": 2, "reputation": 0, "money": 1}
    assert s.segment_fit == {"yes": 2, "partly": 1, "no": 1}


def test_unknown_values_are_rejected() -> None:
    with pytest.raises(ValueError, match="verdict"):
        synthesize(HYPOTHESES, [record("maybe")])
    with pytest.raises(ValueError, match="commitment"):
        synthesize(HYPOTHESES, [record(commitment="love")])


def test_quotes_prefer_the_majority_verdict_then_concrete_ones() -> None:
    notes = [
        HypothesisNote("Да, бывает", "confirmed"),
        HypothesisNote("Нет, у нас такого не бывает, всё считаем заранее", "refuted"),
        HypothesisNote(
            "В прошлую пятницу вылили 6 литров молока, а в субботу не хватило", "confirmed"
        ),
        HypothesisNote("Списываем около 10% каждую неделю, особенно выпечку", "confirmed"),
        HypothesisNote("Иногда", "confirmed"),
        HypothesisNote(None, "confirmed"),
        HypothesisNote("  ", "confirmed"),
    ]
    quotes = pick_quotes(notes, "confirmed")
    assert quotes == [
        "В прошлую пятницу вылили 6 литров молока, а в субботу не хватило",
        "Списываем около 10% каждую неделю, особенно выпечку",
        "Да, бывает",
    ]
    assert pick_quotes(notes, "refuted")[0].startswith("Нет, у нас")


def test_quotes_are_deterministic_unique_and_at_most_three() -> None:
    said = ["Было вчера, 3 раза", "было ВЧЕРА, 3 раза", "Короче", "Ещё раз 2 недели назад"]
    interviews = [record("confirmed", text, n=i + 1) for i, text in enumerate(said * 3)]
    first = synthesize(HYPOTHESES, interviews).fields[1].quotes
    again = synthesize(HYPOTHESES, list(interviews)).fields[1].quotes
    assert first == again
    assert len(first) == MAX_QUOTES
    assert len({quote.casefold() for quote in first}) == len(first)
    assert first[0] == "Было вчера, 3 раза"


def test_quote_without_verdict_comes_last() -> None:
    notes = [HypothesisNote("Вчера 5 раз подряд", None), HypothesisNote("Да", "refuted")]
    assert pick_quotes(notes, "refuted") == ["Да", "Вчера 5 раз подряд"]


def test_long_quote_is_cut_and_flattened() -> None:
    quote = pick_quotes([HypothesisNote("слово\n" * 200, "partly")], "partly")[0]
    assert "\n" not in quote
    assert quote.endswith("…")
    assert len(quote) <= 280


def test_concreteness_rewards_numbers_past_events_and_medium_length() -> None:
    assert concreteness("В прошлый вторник потеряли 3 заказа из-за этого") == 4
    assert concreteness("Last week we lost 3 orders because of it") == 4
    assert concreteness("Не знаю") < concreteness("Думаю, это важно для нас всех, правда")


def html(language: str, goal: int | None = 10) -> str:
    interviews = [
        record("confirmed", "Вчера вылили <3 литра> & выпечку", n=1, commitment="time"),
        record("confirmed", "Каждую неделю около 10%", n=2),
        record("partly", None, n=3, segment="refuted"),
    ]
    return render_synthesis_html(synthesize(HYPOTHESES, interviews), I18n().get(language), goal)


def test_html_shows_progress_counts_status_and_escaped_quotes() -> None:
    text = html("ru")
    assert "Проведено 3 из 10 интервью" in text
    assert "Ваша гипотеза → что сказали клиенты" in text
    assert "✅ 2 · 🟡 1 · ❌ 0 · ❔ 0 из 3" in text
    assert "рано судить: нужно ещё 2 интервью" in text
    assert "<i>«Вчера вылили &lt;3 литра&gt; &amp; выпечку»</i>" in text
    assert "💬 2 цитаты:" in text
    assert "<b>Ваша гипотеза:</b> Владельцы кофеен в Казани" in text
    assert "<b>Ваша гипотеза:</b> <i>не записана</i>" in text
    assert "<3" not in text


def test_html_in_english_and_without_a_goal() -> None:
    text = html("en", goal=None)
    assert "3 interviews held" in text
    assert "✅ 2 · 🟡 1 · ❌ 0 · ❔ 0 of 3" in text
    assert "2 quotes:" in text
    assert "2 more interviews needed" in text


def test_html_escapes_the_hypothesis() -> None:
    s = synthesize({Field.SEGMENT: "Кафе <b>& бары</b>"}, [record(segment="confirmed")])
    text = render_synthesis_html(s, I18n().get("ru"), 5)
    assert "Кафе &lt;b&gt;&amp; бары&lt;/b&gt;" in text


@pytest.mark.parametrize(("count", "word"), [(1, "цитата"), (2, "цитаты"), (3, "цитаты")])
def test_russian_plural_of_quotes(count: int, word: str) -> None:
    t = I18n().get("ru")
    assert t("syn-quotes", count=count) == f"💬 {count} {word}:"
    assert t("syn-quotes", count=5) == "💬 5 цитат:"
    assert t("syn-quotes", count=21) == "💬 21 цитата:"


def test_html_without_interviews_says_so() -> None:
    text = render_synthesis_html(synthesize(HYPOTHESES, []), I18n().get("ru"), 10)
    assert "Проведено 0 из 10 интервью" in text
    assert "Пока нет ни одного завершённого интервью" in text
