"""Typed time zones: cities, IANA names, UTC and Moscow offsets, the Russian list."""

from datetime import UTC, datetime

import pytest

from bot.reminders.zones.choices import RUSSIAN_ZONES, parse_zone, russian_key, utc_offset_label


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  New York ", "America/New_York"),
        ("UTC+3", "Etc/GMT-3"),
        ("utc -5", "Etc/GMT+5"),
        ("GMT+0", "UTC"),
        ("UTC", "UTC"),
        ("+4", "Etc/GMT-4"),
        ("UTC+5:30", "Asia/Kolkata"),
        ("МСК+4", "Etc/GMT-7"),
        ("мск", "Europe/Moscow"),
        ("MSK-1", "Etc/GMT-2"),
        ("Москва", "Europe/Moscow"),
        ("екатеринбург", "Asia/Yekaterinburg"),
    ],
)
def test_typed_zone_is_understood(typed: str, zone: str) -> None:
    aliases = {"Москва": "Europe/Moscow", "Екатеринбург": "Asia/Yekaterinburg"}
    assert parse_zone(typed, aliases) == zone


@pytest.mark.parametrize("typed", ["", "Атлантида", "UTC+15", "UTC+5:15", "hello world"])
def test_nonsense_is_refused(typed: str) -> None:
    assert parse_zone(typed) is None


def test_russian_zones_are_twelve_valid_zones_west_to_east() -> None:
    assert len(RUSSIAN_ZONES) == 12
    now = datetime(2026, 1, 1, tzinfo=UTC)
    offsets = [utc_offset_label(zone, now) for _, zone in RUSSIAN_ZONES]
    assert offsets[0] == "UTC+2"
    assert offsets[-1] == "UTC+12"
    assert russian_key("Asia/Omsk") == "omsk"
    assert russian_key("Europe/Berlin") is None


def test_offset_label_shows_minutes_only_when_needed() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert utc_offset_label("Asia/Kolkata", now) == "UTC+5:30"
    assert utc_offset_label("America/New_York", now) == "UTC-5"
    assert utc_offset_label("Etc/GMT-3", now) == "UTC+3"
