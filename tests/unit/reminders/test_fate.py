"""Telling a consultant in advance when a message will go out: the delivery rules, ahead."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.reminders.delivery.fate import Fate, Switches, expected_delivery, refusal

MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # 12:00 in Moscow


def switches(**changes: object) -> Switches:
    values: dict[str, object] = {
        "consent": True,
        "blocked": False,
        "reminders_off": False,
        "kinds_off": "",
        "paused_until": None,
        "quiet_start": 22 * 60,
        "quiet_end": 9 * 60,
    }
    values.update(changes)
    return Switches(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "fate"),
    [
        ({}, None),
        ({"consent": False}, Fate.NO_CONSENT),
        ({"blocked": True}, Fate.BLOCKED),
        ({"reminders_off": True}, Fate.OFF),
        ({"kinds_off": "checkin,consultant"}, Fate.KIND_OFF),
        ({"kinds_off": "checkin"}, None),
    ],
)
def test_refusal_names_the_clients_switch(changes: dict[str, object], fate: Fate | None) -> None:
    assert refusal(switches(**changes)) == fate


def test_on_time_outside_quiet_hours() -> None:
    due = datetime(2026, 11, 26, 15, tzinfo=UTC)  # 18:00 Moscow
    assert expected_delivery(switches(), due, MOSCOW, now=NOW) == (Fate.ON_TIME, due)


def test_a_passed_time_goes_now_unless_the_client_is_in_quiet_hours() -> None:
    assert expected_delivery(switches(), NOW, MOSCOW, now=NOW) == (Fate.NOW, NOW)
    night = datetime(2026, 11, 26, 20, tzinfo=UTC)  # 23:00 Moscow
    morning = datetime(2026, 11, 27, 6, tzinfo=UTC)  # 09:00 Moscow
    assert expected_delivery(switches(), night, MOSCOW, now=night) == (Fate.QUIET, morning)


def test_a_pause_holds_it_and_quiet_hours_at_the_pause_end_hold_it_further() -> None:
    due = datetime(2026, 11, 26, 15, tzinfo=UTC)
    noon = datetime(2026, 11, 28, 9, tzinfo=UTC)
    assert expected_delivery(switches(paused_until=noon), due, MOSCOW, now=NOW) == (
        Fate.PAUSED,
        noon,
    )
    late = datetime(2026, 11, 28, 20, tzinfo=UTC)  # the pause ends at 23:00 Moscow
    assert expected_delivery(switches(paused_until=late), due, MOSCOW, now=NOW) == (
        Fate.QUIET,
        datetime(2026, 11, 29, 6, tzinfo=UTC),
    )
