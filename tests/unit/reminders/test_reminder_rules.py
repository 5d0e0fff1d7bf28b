"""Rules survive the JSON column; occurrence keys name local slots and nudge stages."""

from datetime import date, datetime, time

from bot.reminders.rules import (
    LocalRule,
    carrier_key,
    dump_kinds,
    dump_rule,
    nudge_key,
    nudge_stage,
    parse_kinds,
    parse_rule,
    parse_slot,
    slot_key,
)


def test_rule_round_trips_through_json() -> None:
    rule = LocalRule(at=time(9, 0), days=(2, 0), until=date(2026, 12, 10), vp=3, goal=5)
    parsed = parse_rule(dump_rule(rule))
    assert parsed == LocalRule(at=time(9, 0), days=(0, 2), until=date(2026, 12, 10), vp=3, goal=5)
    assert parsed is not None
    assert parsed.recurring
    one_off = parse_rule(dump_rule(LocalRule(at=time(10, 30), on=date(2026, 12, 1))))
    assert one_off is not None
    assert not one_off.recurring


def test_rules_without_a_time_or_broken_json_are_none() -> None:
    assert parse_rule("{}") is None
    assert parse_rule(None) is None
    assert parse_rule("not json") is None
    assert parse_rule('{"time": "25:99"}') is None


def test_slot_keys_name_the_local_wall_clock_time() -> None:
    key = slot_key(42, datetime.combine(date(2026, 3, 29), time(2, 30)))  # naive, as stored
    assert key == "r42@2026-03-29T02:30"
    assert parse_slot(key) == (date(2026, 3, 29), time(2, 30))
    assert parse_slot(nudge_key(1, 2, 1)) is None
    assert parse_slot(carrier_key(key)) is None


def test_nudge_keys_carry_their_stage() -> None:
    assert nudge_stage(nudge_key(5, 100, 1)) == 1
    assert nudge_stage(nudge_key(5, 100, 2)) == 2
    assert nudge_stage(carrier_key(nudge_key(5, 100, 2))) == 2


def test_kinds_off_list() -> None:
    assert parse_kinds(" nudge,,checkin ") == {"nudge", "checkin"}
    assert dump_kinds({"checkin", "nudge"}) == "checkin,nudge"
    assert parse_kinds(None) == set()
