"""User-facing texts: Fluent files under bot/locales/<lang>/, one file per capability."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast

from bot.config import LANGUAGES, Language

LOCALES_DIR = Path(__file__).parent / "locales"
# fluent.runtime refuses a placeable longer than 2,500 characters (1,500 typed "&" become 7,500
# once escaped): longer string arguments go in as private-use markers and are put back after.
_LONG_ARGUMENT = 1000
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"  # private-use characters: never in a locale text


class Gettext(Protocol):
    """Anything that formats a locale text by key, e.g. ``Translator``."""

    def __call__(self, key: str, /, **kwargs: Any) -> str: ...


class MissingTextError(KeyError):
    """A text key used by the code is not in the locale files."""


@dataclass(frozen=True)
class Translator:
    """Formats texts of one language."""

    language: Language
    bundle: FluentBundle
    # Texts without arguments never change once loaded: formatted once, then looked up.
    _plain: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __call__(self, key: str, /, **kwargs: Any) -> str:
        if not kwargs:
            text = self._plain.get(key)
            if text is None:
                text = self._plain[key] = self._format(key, {})
            return text
        return self._format(key, kwargs)

    def _format(self, key: str, kwargs: dict[str, Any]) -> str:
        if not self.bundle.has_message(key):
            raise MissingTextError(f"{self.language}: {key}")
        message = self.bundle.get_message(key)
        if message.value is None:
            raise MissingTextError(f"{self.language}: {key} has no value")
        args, long = dict(kwargs), {}
        for number, (name, value) in enumerate(kwargs.items()):
            if isinstance(value, str) and len(value) > _LONG_ARGUMENT:
                args[name] = marker = f"{_MARK_OPEN}{number}{_MARK_CLOSE}"
                long[marker] = value
        text, errors = self.bundle.format_pattern(message.value, args)
        if errors:
            raise MissingTextError(f"{self.language}: {key}: {errors}")
        result = str(text)
        for marker, value in long.items():
            result = result.replace(marker, value)
        return result

    def has(self, key: str) -> bool:
        return bool(self.bundle.has_message(key))


def message_ids(path: Path) -> set[str]:
    """Ids of the messages defined in one .ftl file (terms and comments excluded)."""
    resource = FluentResource(path.read_text(encoding="utf-8"))
    return {entry.id.name for entry in resource.body if isinstance(entry, ast.Message)}


def _load(language: Language, directory: Path) -> Translator:
    bundle = FluentBundle([language], use_isolating=False)
    for path in sorted((directory / language).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return Translator(language=language, bundle=bundle)


class I18n:
    """All translators, loaded once at start-up."""

    def __init__(self, default: Language = "ru", directory: Path = LOCALES_DIR) -> None:
        self.default: Language = default
        self.translators: Mapping[Language, Translator] = {
            language: _load(language, directory) for language in LANGUAGES
        }

    def get(self, language: str | None) -> Translator:
        if language in self.translators:
            return self.translators[language]  # type: ignore[index]
        return self.translators[self.default]

    def pick_language(self, telegram_language_code: str | None) -> Language:
        """First choice of language from Telegram's ``language_code`` (Russian for ru/uk/be/kk)."""
        code = (telegram_language_code or "").split("-")[0].lower()
        if code in {"ru", "uk", "be", "kk", "uz", "ky", "tg", "hy", "az"}:
            return "ru"
        if code:
            return "en"
        return self.default
