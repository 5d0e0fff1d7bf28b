"""The segment traits and the topic proposal: small pure extractors, checked on real answers."""

import pytest

from bot.interview.script.segment_traits import SegmentTraits, extract_traits
from bot.interview.script.topic import TOPIC_MAX, clean_topic, propose_topic


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (
            "Владельцы кофеен в Казани с 1–3 точками, которые сами закупают зерно",
            SegmentTraits("владельцы кофеен", "с 1–3 точками", "в Казани", "сами закупают зерно"),
        ),
        (
            "Owners of coffee shops in Kazan with 1-3 locations who buy beans themselves",
            SegmentTraits(
                "owners of coffee shops", "with 1-3 locations", "in Kazan", "buy beans themselves"
            ),
        ),
        (
            "Закупщики зерна на элеваторах Краснодарского края",
            SegmentTraits("закупщики зерна", None, "Краснодарского края", None),
        ),
        ("Grain buyers at elevators", SegmentTraits("grain buyers", None, None, None)),
        ("", SegmentTraits()),
    ],
)
def test_traits_are_read_from_the_segment_answer(segment: str, expected: SegmentTraits) -> None:
    assert extract_traits(segment) == expected


@pytest.mark.parametrize(
    ("problem", "topic"),
    [
        ("Закупка зерна у фермеров занимает неделю согласований", "закупка зерна"),
        ("Зерно заканчивается внезапно, и кофейня теряет выручку", "зерно"),
        ("Patient reminders take two hours a day", "patient reminders"),
        ("Beans run out without warning", "beans"),
        ("Ordering beans takes two hours a week", "ordering beans"),
        ("Выбрасывают 8–12% молока каждую неделю", "молока"),
        ("Всегда", None),
        (None, None),
    ],
)
def test_topic_is_proposed_from_the_start_of_the_problem(
    problem: str | None, topic: str | None
) -> None:
    assert propose_topic(problem) == topic


def test_typed_topic_is_cleaned_or_refused() -> None:
    assert clean_topic("  «Закупка   зерна». ") == "Закупка   зерна".replace("   ", " ")
    assert clean_topic("x") is None
    assert clean_topic("a\nb") is None
    assert clean_topic("слово " * 20) is None
    assert clean_topic("🙂🙂🙂") is None
    assert clean_topic("w" * TOPIC_MAX) == "w" * TOPIC_MAX
