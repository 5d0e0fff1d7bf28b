"""The card after interviews: progress toward the goal and a localised badge per hypothesis."""

from dataclasses import replace
from datetime import date

from bot.i18n import I18n
from bot.interview.progress_card import add_progress, progress_text
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.model import HypothesisNote, InterviewRecord
from bot.value_prop.card.geometry import layout
from bot.value_prop.card.model import build_card
from bot.value_prop.card.text import render_card_html
from bot.value_prop.questions import FIELDS, Field

ANSWERS = {
    Field.SEGMENT: "Владельцы кофеен",
    Field.PROBLEM: "Списания молока",
    Field.SITUATION: None,
    Field.BENEFIT: "Меньше списаний",
    Field.CONTROL: "Ниже 4%",
}


def record(number: int, verdicts: dict[Field, str]) -> InterviewRecord:
    notes = {field: HypothesisNote("сказал", verdict) for field, verdict in verdicts.items()}
    return InterviewRecord(
        alias=f"Клиент {number}",
        segment_fit="yes",
        findings=notes,
        commitment="none",
    )


# Six interviews: segment confirmed 6 times, problem refuted 4 of 6, benefit split,
# control tested twice, situation never.
RECORDS = [
    record(
        n,
        {
            Field.SEGMENT: "confirmed",
            Field.PROBLEM: "refuted" if n <= 4 else "confirmed",
            Field.BENEFIT: "confirmed" if n % 2 else "partly",
            **({Field.CONTROL: "partly"} if n <= 2 else {}),
        },
    )
    for n in range(1, 7)
]


def build(language: str, goal: int | None = 10) -> tuple[str, ...]:
    t = I18n().get(language)
    card = build_card(
        t, answers=ANSWERS, name="Кофейни <Казани>", founder="Алсу", on=date(2026, 11, 26)
    )
    card = add_progress(
        card, t, synthesis=synthesize(ANSWERS, RECORDS), done=len(RECORDS), goal=goal
    )
    assert [row.status for row in card.rows] == [
        "supported",
        "refuted",
        "untested",
        "mixed",
        "testing",
    ]
    assert [row.text for row in card.rows] == [ANSWERS[field] for field in FIELDS]
    assert card.progress_share == (0.6 if goal else None)
    return (card.progress or "", *(row.badge or "" for row in card.rows), render_card_html(card))


def test_russian_card_has_progress_and_badges() -> None:
    progress, *badges, html_text = build("ru")
    assert progress == "Интервью: 6 из 10"
    # The numbers mean the same on every badge: customers for and against.
    assert badges == [
        "подтверждена · за 6 · против 0",
        "опровергнута · за 2 · против 4",
        "не проверяли",
        "неоднозначно · за 6 · против 0",
        "рано судить · за 2 · против 0",
    ]
    assert "Кофейни &lt;Казани&gt;\nИнтервью: 6 из 10\n\n" in html_text
    assert "<b>Проблема</b> — опровергнута · за 2 · против 4\nСписания молока" in html_text


def test_english_card_has_progress_and_badges() -> None:
    progress, *badges, _ = build("en")
    assert progress == "Interviews: 6 of 10"
    assert badges[0] == "supported · for 6 · against 0"
    assert badges[1] == "refuted · for 2 · against 4"
    assert badges[3] == "mixed · for 6 · against 0"
    assert badges[2] == "not tested"


def test_progress_without_goal_and_over_goal() -> None:
    assert progress_text(I18n().get("ru"), done=3, goal=None) == "Интервью: 3"
    assert progress_text(I18n().get("en"), done=3, goal=0) == "Interviews: 3"
    progress, *_ = build("ru", goal=None)
    assert progress == "Интервью: 6"
    t = I18n().get("ru")
    card = build_card(t, name="Кофейни", founder="", answers=ANSWERS, on=date(2026, 11, 26))
    over = add_progress(card, t, synthesis=synthesize(ANSWERS, RECORDS), done=12, goal=10)
    assert over.progress == "Интервью: 12 из 10"
    assert over.progress_share == 1.0


def test_card_after_interviews_carries_a_key_of_badge_colours() -> None:
    t = I18n().get("ru")
    card = build_card(t, name="Кофейни", founder="", answers=ANSWERS, on=date(2026, 11, 26))
    assert card.legend == ()  # a card before interviews has no badges to explain
    after = add_progress(card, t, synthesis=synthesize(ANSWERS, RECORDS), done=6, goal=10)
    assert after.legend == (
        ("supported", "подтверждена"),
        ("refuted", "опровергнута"),
        ("mixed", "неоднозначно"),
        ("testing", "рано судить"),
        ("untested", "не проверяли"),
    )
    # Each badge starts with its status's word from the key: one meaning per colour.
    words = dict(after.legend)
    assert all((row.badge or "").startswith(words[row.status or ""]) for row in after.rows)


def test_the_key_makes_the_image_taller_not_the_rows_shorter() -> None:
    t = I18n().get("ru")
    card = build_card(t, name="Кофейни", founder="", answers=ANSWERS, on=date(2026, 11, 26))
    after = add_progress(card, t, synthesis=synthesize(ANSWERS, RECORDS), done=6, goal=10)
    plain, keyed = layout(replace(after, legend=())), layout(after)
    assert keyed.answers == plain.answers
    assert keyed.height >= plain.height
