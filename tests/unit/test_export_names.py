"""Export file names carry what, whose and when, in characters any system accepts."""

from datetime import date

import pytest

from bot.documents.naming.files import client_scope, export_filename, slug

DAY = date(2026, 12, 6)


def test_a_consultants_clients_export_is_named_by_date() -> None:
    assert export_filename("clients", DAY, "xlsx") == "vp-coach-clients-2026-12-06.xlsx"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Анна Кофейникова", "anna-kofeynikova"),
        ("Ёжик Щукин-Юрьев", "ezhik-shchukin-yurev"),
        ("José Müller", "jose-muller"),
        ("Кафе «Зерно» / ООО", "kafe-zerno-ooo"),
        ("../../etc/passwd", "etc-passwd"),
        ("☕🚀", ""),
        (
            "Очень длинное имя клиента, которое никак не помещается в имя файла",
            "ochen-dlinnoe-imya-klienta-kotoroe-nikak",
        ),
    ],
)
def test_slug_is_safe_ascii(name: str, expected: str) -> None:
    assert slug(name) == expected
    assert len(slug(name)) <= 40


def test_a_client_without_a_usable_name_is_named_by_id() -> None:
    assert client_scope(1001, "Анна ", "anna_cafe") == "anna"
    assert client_scope(1002, "☕", "cafe_owner") == "cafe-owner"
    assert client_scope(1003, "☕", None) == "client-1003"
