"""Rules a native speaker would check: plurals, prepositions, one word, neutral forms."""

import re
from collections.abc import Iterator

import pytest
from fluent.syntax import FluentParser, ast

from bot.i18n import LOCALES_DIR, I18n
from tests.unit.test_locales import variables_of

# Variables that hold a count. A count shown before a word needs a plural selector on itself.
NUMBER_VARIABLES = {
    "clients",
    "confirmed",
    "count",
    "days",
    "done",
    "goal",
    "late",
    "left",
    "length",
    "limit",
    "min",
    "minutes",
    "n",
    "number",
    "refuted",
    "scheduled",
    "skipped",
    "tested",
    "total",
    "unclear",
    "uses",
    "weeks",
}
# Words that may follow a bare count: they do not change with it.
INVARIANT_AFTER_NUMBER = {
    "ru": {"из", "в", "и", "интервью", "ЦП"},
    # "at": `$days` of rem-cad-saved is a list of weekdays ("Mon, Thu at 10:00"), not a count.
    "en": {"of", "in", "and", "to", "more", "answered", "at"},
}
PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
SAMPLES = (1, 2, 5, 21, 1501)


def _messages(language: str) -> Iterator[tuple[str, ast.Message]]:
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                yield path.name, entry


def _bare_counts(pattern: ast.Pattern, selected: frozenset[str]) -> Iterator[str]:
    """'{ $n } word' where $n is a count not chosen by an enclosing selector."""
    elements = pattern.elements
    for index, element in enumerate(elements):
        if not isinstance(element, ast.Placeable):
            continue
        expression = element.expression
        if isinstance(expression, ast.SelectExpression):
            inner = selected
            if isinstance(expression.selector, ast.VariableReference):
                inner = selected | {expression.selector.id.name}
            for variant in expression.variants:
                yield from _bare_counts(variant.value, inner)
            continue
        if not isinstance(expression, ast.VariableReference):
            continue
        name = expression.id.name
        if name not in NUMBER_VARIABLES or name in selected or index + 1 >= len(elements):
            continue
        following = elements[index + 1]
        if isinstance(following, ast.TextElement):
            word = re.match(r" (\w+)", following.value)
            if word:
                yield f"{{ ${name} }} {word[1]}"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_count_before_a_word_has_a_plural_selector(language: str) -> None:
    found = [
        f"{name}: {entry.id.name}: {text}"
        for name, entry in _messages(language)
        if entry.value is not None
        for text in _bare_counts(entry.value, frozenset())
        if text.split()[-1] not in INVARIANT_AFTER_NUMBER[language]
    ]
    assert found == []


def _plural_selectors(entry: ast.Message) -> set[str]:
    """Count variables this message selects on by plural category (one, few, many, other)."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, ast.SelectExpression):
            keys = {v.key.name for v in node.variants if isinstance(v.key, ast.Identifier)}
            if isinstance(node.selector, ast.VariableReference) and keys & (
                PLURAL_CATEGORIES - {"other"}
            ):
                names.add(node.selector.id.name)
        if isinstance(node, ast.BaseNode):
            for value in vars(node).values():
                for child in value if isinstance(value, list) else [value]:
                    walk(child)

    walk(entry)
    return names & NUMBER_VARIABLES


def _arguments(entry: ast.Message) -> dict[str, object]:
    """Every variable of the message: counts get 3, anything else a short text."""
    return {name: 3 if name in NUMBER_VARIABLES else "X" for name in variables_of(entry)}


RU_PLURAL_MESSAGES = [
    (entry.id.name, variable)
    for _, entry in _messages("ru")
    for variable in sorted(_plural_selectors(entry))
]


def test_russian_plural_selectors_are_found() -> None:
    keys = {key for key, _ in RU_PLURAL_MESSAGES}
    assert {"vp-answer-too-long", "cs-export-done", "cs-clients-line", "rem-missed"} <= keys


@pytest.mark.parametrize(("key", "variable"), RU_PLURAL_MESSAGES)
def test_russian_plural_forms_follow_the_number(key: str, variable: str) -> None:
    """1, 21 and 1 501 take one form; 5 another; 2 is never the form of 1."""
    t = I18n().get("ru")
    entry = next(entry for _, entry in _messages("ru") if entry.id.name == key)
    arguments = _arguments(entry)
    forms = {}
    for sample in SAMPLES:
        text = t(key, **{**arguments, variable: sample})
        shown = f"{sample:,}".replace(",", "\xa0")  # "1 501", as Russian readers group digits
        # The words after the count (the whole text when the count itself is not shown).
        forms[sample] = text.rsplit(shown, 1)[-1]
    assert forms[1] == forms[21] == forms[1501], (key, forms)
    assert forms[5] != forms[1], (key, forms)
    assert forms[2] != forms[1], (key, forms)


def test_the_issue_examples_read_right() -> None:
    t = I18n().get("ru")
    too_long = t("vp-answer-too-long", length=1501, limit=1500)
    assert "1\xa0501 символ при лимите 1\xa0500" in too_long
    assert t("cs-export-done", clients=2) == "Выгрузка готова: 2 клиента."
    assert t("cs-export-done", clients=5) == "Выгрузка готова: 5 клиентов."
    assert "21 день назад" in t("cs-clients-line", name="A", stage="B", days=21)
    assert t("iv-add-too-long", limit=1) == "Вопрос должен быть от 1 до 1 символа."
    en = I18n().get("en")
    assert en("cs-export-done", clients=1) == "Export ready: 1 client."
    assert en("rem-cad-by-ask", goal=1) == "1 interview — by when?"


def _texts(language: str) -> Iterator[tuple[str, int, str]]:
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith("#"):
                yield path.name, number, line


def test_o_becomes_ob_before_a_vowel() -> None:
    """«об их опыте», «об этом»: «о» before а, о, у, э, и, ы is a typo."""
    found = [
        f"{name}:{number}: {match[0]}"
        for name, number, line in _texts("ru")
        for match in re.finditer(r"(?<![\w-])[оО] [аоуэиыАОУЭИЫ]\w*", line)
    ]
    assert found == []


@pytest.mark.parametrize(("language", "other_word"), [("ru", r"трекер\w*"), ("en", r"trackers?")])
def test_one_word_for_the_consultant(language: str, other_word: str) -> None:
    """The bot says «консультант» / "consultant" everywhere (docs/decisions.md)."""
    found = [
        f"{name}:{number}"
        for name, number, line in _texts(language)
        if re.search(rf"\b{other_word}\b", line, re.IGNORECASE)
    ]
    assert found == []


# Telegram does not tell the bot anyone's gender: words about a user (the founder, a client, a
# consultant by name) must not take a gendered form. Forms agreeing with a noun ("Клиент
# отключён") are fine; these are the ones that agreed with a person's name or with "I".
GENDERED_ABOUT_A_USER = [
    r"Согласен",
    r"Согласна",
    r"\}\s+подключил(ся|ась)",
    r"\}\s+отключил(ся|ась)",
    r"\}\s+завершил(а)?\b",
    r"\}\s+записал(а)?\b",
    r"\bсам(а)? решит",
    r"Перешедший",
]


def test_no_gendered_forms_about_users() -> None:
    found = [
        f"{name}:{number}: {line.strip()[:60]}"
        for name, number, line in _texts("ru")
        for pattern in GENDERED_ABOUT_A_USER
        if re.search(pattern, line)
    ]
    assert found == []


def test_check_in_is_one_word_per_language() -> None:
    assert not any(re.search(r"check-in", line, re.I) for _, _, line in _texts("ru"))
    assert not any("чек-ин" in line.lower() for _, _, line in _texts("en"))
