"""Every user-facing text exists in Russian and English, with the same keys and variables."""

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import LOCALES_DIR, I18n, message_ids

SOURCE_DIR = Path(__file__).resolve().parents[2] / "bot"


def _files(language: str) -> dict[str, Path]:
    return {path.name: path for path in sorted((LOCALES_DIR / language).glob("*.ftl"))}


def test_both_languages_have_the_same_files() -> None:
    assert _files("ru").keys() == _files("en").keys()
    assert _files("ru"), "no locale files found"


@pytest.mark.parametrize("name", sorted(_files("ru")))
def test_file_defines_the_same_keys_in_both_languages(name: str) -> None:
    ru, en = message_ids(_files("ru")[name]), message_ids(_files("en")[name])
    assert ru == en, f"only in ru: {ru - en}; only in en: {en - ru}"


def test_no_key_is_defined_twice_across_files() -> None:
    seen: dict[str, str] = {}
    for name, path in _files("ru").items():
        for key in message_ids(path):
            assert key not in seen, f"{key} in both {seen[key]} and {name}"
            seen[key] = name


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


def variables_of(entry: ast.Message) -> set[str]:
    """The names of the variables a message uses."""
    visitor = _Variables()
    visitor.visit(entry)
    return visitor.names


def _variables(path: Path) -> dict[str, set[str]]:
    return {
        entry.id.name: variables_of(entry)
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body
        if isinstance(entry, ast.Message)
    }


@pytest.mark.parametrize("name", sorted(_files("ru")))
def test_variables_match_between_languages(name: str) -> None:
    assert _variables(_files("ru")[name]) == _variables(_files("en")[name])


def test_every_key_used_in_code_exists() -> None:
    """Literal keys passed to a translator in bot/ must be defined (both languages checked)."""
    used: set[str] = set()
    for path in SOURCE_DIR.rglob("*.py"):
        used |= set(re.findall(r"\bt\(\s*\"([a-z0-9-]+)\"", path.read_text(encoding="utf-8")))
    defined = set().union(*(message_ids(path) for path in _files("ru").values()))
    assert used, "no translator calls found"
    assert used <= defined, f"missing texts: {sorted(used - defined)}"


def test_unknown_language_falls_back_to_default() -> None:
    i18n = I18n(default="ru")
    assert i18n.get("de").language == "ru"
    assert i18n.pick_language("en-GB") == "en"
    assert i18n.pick_language("uk") == "ru"
    assert i18n.pick_language(None) == "ru"


def test_a_long_argument_is_passed_whole() -> None:
    """fluent.runtime caps a placeable at 2,500 characters; escaped user text can be longer."""
    t = I18n().get("ru")
    answer = "&amp;" * 1500 + " конец"
    text = t("coach-you-wrote", answer=answer)
    assert answer in text
    assert text.startswith("Вы написали: «")
