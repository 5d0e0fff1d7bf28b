"""The zone of a place, offline: city names in any language, points on the map."""

import pytest

from bot.reminders.zones.places import main, zone_of_city, zone_of_point


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Алматы", "Asia/Almaty"),
        ("Питер", "Europe/Moscow"),
        ("алма-ата", "Asia/Almaty"),
        ("Москва", "Europe/Moscow"),  # not Moscow, Idaho: the most populous one
        ("Berlin", "Europe/Berlin"),
        ("Тбилиси", "Asia/Tbilisi"),
        ("Нигдеград", None),
        ("   ", None),
    ],
)
def test_city_names_in_any_language(name: str, zone: str | None) -> None:
    assert zone_of_city(name) == zone


def test_points_on_land_and_off_the_map() -> None:
    assert zone_of_point(43.24, 76.95) == "Asia/Almaty"
    assert zone_of_point(52.52, 13.405) == "Europe/Berlin"
    assert zone_of_point(95.0, 0.0) is None


def test_the_child_process_prints_a_zone_or_refuses_bad_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["point", "55.75", "37.62"]) == 0
    assert capsys.readouterr().out == "Europe/Moscow\n"
    assert main(["point", "north", "east"]) == 2
    assert main(["town", "Казань"]) == 2
    assert "usage" in capsys.readouterr().err
