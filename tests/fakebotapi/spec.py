"""Validate request parameters against the pinned Bot API spec (botapi_spec.json).

Form fields arrive as strings (aiogram JSON-encodes numbers, booleans and objects); they are
converted to Python values according to the parameter's documented types. Unknown and missing
parameters are rejected, so the bot can only use what the pinned Bot API version offers.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from tests.fakebotapi.errors import ApiError, bad_request
from tests.fakebotapi.files import UploadedFile

SPEC_PATH = Path(__file__).with_name("botapi_spec.json")
ATTACH_PREFIX = "attach://"
SCALAR_TYPES = frozenset({"Integer", "String", "Boolean", "Float", "True", "InputFile"})

# Undocumented-but-accepted parameters (listed per method in the spec file) and their types.
LEGACY_TYPES = {
    "disable_web_page_preview": ("Boolean",),
    "reply_to_message_id": ("Integer",),
    "allow_sending_without_reply": ("Boolean",),
}

# Telegram's wording when a required parameter is absent. aiogram drops empty strings from the
# form entirely, so ``text=""`` arrives as a missing ``text``.
MISSING_DESCRIPTIONS = {
    "text": "message text is empty",
    "chat_id": "chat_id is empty",
    "callback_query_id": "QUERY_ID_INVALID",
    "message_id": "message identifier is not specified",
}

JSON_NAMES = {"reply_markup": "reply keyboard markup"}

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off", ""})


@dataclass(frozen=True)
class ParamSpec:
    name: str
    required: bool
    types: tuple[str, ...]

    @property
    def accepts_file(self) -> bool:
        return "InputFile" in self.types

    @property
    def is_json(self) -> bool:
        return any(t not in SCALAR_TYPES for t in self.types)


@dataclass(frozen=True)
class MethodSpec:
    name: str
    params: Mapping[str, ParamSpec]
    legacy: frozenset[str]

    def param(self, name: str) -> ParamSpec | None:
        if name in self.params:
            return self.params[name]
        if name in self.legacy and name in LEGACY_TYPES:
            return ParamSpec(name, required=False, types=LEGACY_TYPES[name])
        return None


def _param_specs(fields: list[dict[str, Any]]) -> dict[str, ParamSpec]:
    return {f["name"]: ParamSpec(f["name"], f["required"], tuple(f["types"])) for f in fields}


class BotApiSpec:
    """The compact spec: methods with their parameters, and input object types."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.version: str = data["version"]
        legacy = data.get("legacy_parameters", {})
        self._methods = {
            name: MethodSpec(name, _param_specs(fields), frozenset(legacy.get(name, ())))
            for name, fields in data["methods"].items()
        }
        self._lower = {name.lower(): name for name in self._methods}
        self._types: dict[str, Mapping[str, Any]] = data["types"]

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> "BotApiSpec":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    @cached_property
    def method_names(self) -> frozenset[str]:
        return frozenset(self._methods)

    def method(self, name: str) -> MethodSpec | None:
        """Method by name; Telegram method names are case-insensitive."""
        canonical = self._lower.get(name.lower())
        return self._methods[canonical] if canonical else None

    def type_fields(self, type_name: str) -> dict[str, ParamSpec]:
        entry = self._types.get(type_name)
        if entry is None:
            msg = f"type {type_name} is not in the spec subset"
            raise KeyError(msg)
        return _param_specs(entry.get("fields", []))

    def validate(
        self,
        method: MethodSpec,
        raw: Mapping[str, Any],
        uploads: Mapping[str, UploadedFile],
    ) -> dict[str, Any]:
        """Typed parameters of a request, or ApiError for unknown/missing/malformed ones."""
        params: dict[str, Any] = {}
        for name, value in raw.items():
            param = method.param(name)
            if param is None:
                raise bad_request(
                    f"unknown parameter {name} (method {method.name} in {self.version})"
                )
            params[name] = coerce(param, value, uploads)
        for name, upload in uploads.items():
            param = method.params.get(name)
            if param is not None and param.accepts_file and name not in params:
                params[name] = upload
        for param in method.params.values():
            if param.required and param.name not in params:
                reason = MISSING_DESCRIPTIONS.get(
                    param.name, f"parameter {param.name} is required for {method.name}"
                )
                raise bad_request(reason)
        return params


def _parse_bool(param: ParamSpec, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise bad_request(f"wrong parameter {param.name}: expected a Boolean, got {value!r}")


# Telegram's number types, how a form value becomes one, and how an error names it.
_NUMBER_TYPES: tuple[tuple[str, type[int] | type[float], str], ...] = (
    ("Integer", int, "an Integer"),
    ("Float", float, "a Float"),
)


def _coerce_string(param: ParamSpec, value: str, uploads: Mapping[str, UploadedFile]) -> Any:
    types = param.types
    if param.accepts_file and value.startswith(ATTACH_PREFIX):
        key = value.removeprefix(ATTACH_PREFIX)
        if key not in uploads:
            raise bad_request(f"file {value} for parameter {param.name} is not attached")
        return uploads[key]
    for number_type, convert, kind in (
        ("Integer", int, "an Integer"),
        ("Float", float, "a Float"),
    ):
        if number_type not in types:
            continue
        try:
            return convert(value)
        except ValueError:
            if "String" not in types:
                raise bad_request(
                    f"wrong parameter {param.name}: expected {kind}, got {value!r}"
                ) from None
    if "Boolean" in types or "True" in types:
        return _parse_bool(param, value)
    if "String" in types or param.accepts_file:
        return value
    try:
        return json.loads(value)
    except ValueError:
        what = JSON_NAMES.get(param.name, param.name)
        raise bad_request(f"can't parse {what} JSON object") from None


def coerce(param: ParamSpec, value: Any, uploads: Mapping[str, UploadedFile]) -> Any:
    """Python value of one parameter (form strings are decoded, JSON values checked)."""
    if isinstance(value, str):
        return _coerce_string(param, value, uploads)
    if isinstance(value, bool):
        if "Boolean" in param.types or "True" in param.types:
            return value
    elif isinstance(value, int):
        if "Integer" in param.types or "Float" in param.types:
            return value
    elif isinstance(value, float):
        if "Float" in param.types:
            return value
    elif value is None:
        return None
    elif param.is_json:
        return value
    raise ApiError(400, f"Bad Request: wrong parameter {param.name}: unexpected {value!r}")


@cache
def default_spec() -> BotApiSpec:
    """The committed spec subset, parsed once per test session."""
    return BotApiSpec.load()
