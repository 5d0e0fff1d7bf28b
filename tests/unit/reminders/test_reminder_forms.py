"""Typed answers of the settings (dates, times, quiet hours) and the texts of reminders."""

from datetime import date, time

import pytest

from bot.dialogues import DialogueSpot, parse_spot
from bot.i18n import I18n
from bot.reminders.delivery import compose
from bot.reminders.settings.cadence_form import days_of, pack_date, parse_date, unpack_date
from bot.reminders.settings.quiet_hours import parse_quiet, quiet_preset
from bot.typed_dates import parse_time
from bot.wiring import build_dialogues

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24.12", date(2026, 12, 24)),
        ("1.2", date(2027, 2, 1)),  # already past this year: next year
        ("26.11", TODAY),
        ("24/12/2026", date(2026, 12, 24)),
        ("24.12.26", date(2026, 12, 24)),
        ("31.02", None),
        ("25.11.2026", None),  # the past
        ("24.12.2030", None),  # more than a year ahead
        ("завтра", date(2026, 11, 27)),
        ("24 декабря", date(2026, 12, 24)),
        ("декабрь", None),  # a month is not a date
        ("после обеда", None),
    ],
)
def test_typed_deadline(typed: str, expected: date | None) -> None:
    assert parse_date(typed, TODAY) == expected


def test_typed_time_and_packed_values() -> None:
    assert parse_time(" 9:05 ") == time(9, 5)
    assert parse_time("24:00") is None
    assert parse_time("18.30") == time(18, 30)
    assert unpack_date(pack_date(TODAY)) == TODAY
    assert unpack_date(20261399) is None
    assert days_of(0b1010001) == (0, 4, 6)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23:00-08:00", (1380, 480)),
        ("22.30 – 7.15", (1350, 435)),
        ("нет", (0, 0)),
        ("No", (0, 0)),
        ("25:00-08:00", None),
        ("ночью", None),
    ],
)
def test_typed_quiet_hours(typed: str, expected: tuple[int, int] | None) -> None:
    assert parse_quiet(typed) == expected


def test_only_offered_quiet_presets_are_accepted_from_buttons() -> None:
    assert quiet_preset("1320-540") == (1320, 540)
    assert quiet_preset("0-0") == (0, 0)
    assert quiet_preset("1-2") is None
    assert quiet_preset("x-y") is None


def test_dialogue_spot_from_fsm_state_round_trips_through_the_payload() -> None:
    spot_of = build_dialogues().spot_of
    spot = spot_of("VpDialog:problem", {"vp_id": 7})
    assert spot == DialogueSpot("vp", 7, "problem")
    assert parse_spot(spot.payload()) == spot
    interview = spot_of("InterviewDialog:verdict", {"vp_id": 7, "iv_id": 3})
    assert interview == DialogueSpot("iv", 7, "verdict", 3)
    assert parse_spot(interview.payload()) == interview
    assert spot_of("VpDialog:name", {"vp_id": 7}) is None
    assert spot_of("InterviewDialog:question", {"vp_id": 7}) is None
    assert spot_of(None, {}) is None


def test_reminder_texts_escape_user_text_in_both_languages() -> None:
    i18n = I18n()
    for language in ("ru", "en"):
        t = i18n.get(language)
        spot = DialogueSpot("vp", 7, "situation")
        text = compose.nudge(t, spot, "<Кофе & чай>", last=True).text
        assert "&lt;Кофе &amp; чай&gt;" in text
        assert "3" in text
        message = compose.cadence(
            t, vp_id=7, vp_name="A<b>", done=2, goal=5, until=TODAY, today=TODAY, missed=2
        )
        assert "A&lt;b&gt;" in message.text
        assert "2" in message.text
        assert ("26 ноября" if language == "ru" else "26 November") in message.text
    ru = i18n.get("ru")
    assert (
        "2 из 5 интервью"
        in compose.cadence(
            ru, vp_id=7, vp_name="X", done=2, goal=5, until=None, today=TODAY, missed=0
        ).text
    )
    assert "пропустили 5 напоминаний" in compose.checkin(ru, missed=5).text
