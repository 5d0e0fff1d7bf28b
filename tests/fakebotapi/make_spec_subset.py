"""Extract the compact Bot API spec the fake server validates requests against.

Usage (from the repository root)::

    uv run python tests/fakebotapi/make_spec_subset.py [/work/shared/botapi/api.json]

Reads the full machine-readable spec (methods, types, descriptions) and writes
``tests/fakebotapi/botapi_spec.json`` with only what request validation needs:

* ``methods``: every method -> list of ``{name, required, types}`` (no description prose);
* ``types``: the object types reachable from method parameters (keyboards, commands, ...),
  with the same field shape plus ``subtypes`` for union types;
* ``legacy_parameters``: parameters removed from the documentation that Telegram still accepts
  and aiogram still sends (e.g. ``disable_web_page_preview`` from ``DefaultBotProperties``).

The output has one method/type per line so that regenerating it gives a readable diff.
"""

import json
import re
import sys
from pathlib import Path
from typing import Any

DEFAULT_SOURCE = Path("/work/shared/botapi/api.json")
OUTPUT = Path(__file__).with_name("botapi_spec.json")
SIZE_BUDGET = 150_000

_ARRAY_PREFIX = re.compile(r"^(?:Array of )+")

# Removed from the docs in Bot API 7.0 but still accepted by Telegram. aiogram sends
# disable_web_page_preview whenever DefaultBotProperties(link_preview_is_disabled=...) is set.
LEGACY_IF_PRESENT = {
    "link_preview_options": ["disable_web_page_preview"],
    "reply_parameters": ["reply_to_message_id", "allow_sending_without_reply"],
}


def _compact_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"name": f["name"], "required": bool(f["required"]), "types": list(f["types"])}
        for f in fields
    ]


def _base_type(type_name: str) -> str:
    return _ARRAY_PREFIX.sub("", type_name)


def _reachable_types(full: dict[str, Any]) -> list[str]:
    """Names of object types used (transitively) by method parameters."""
    types = full["types"]
    stack = [
        _base_type(t)
        for method in full["methods"].values()
        for field in method.get("fields", [])
        for t in field["types"]
    ]
    seen: set[str] = set()
    while stack:
        name = stack.pop()
        if name in seen or name not in types:
            continue
        seen.add(name)
        entry = types[name]
        stack.extend(_base_type(t) for f in entry.get("fields", []) for t in f["types"])
        stack.extend(entry.get("subtypes", []))
    return sorted(seen)


def build_subset(full: dict[str, Any]) -> dict[str, Any]:
    methods = {
        name: _compact_fields(entry.get("fields", [])) for name, entry in full["methods"].items()
    }
    types: dict[str, dict[str, Any]] = {}
    for name in _reachable_types(full):
        entry = full["types"][name]
        compact: dict[str, Any] = {"fields": _compact_fields(entry.get("fields", []))}
        if entry.get("subtypes"):
            compact["subtypes"] = list(entry["subtypes"])
        types[name] = compact
    legacy: dict[str, list[str]] = {}
    for name, fields in methods.items():
        names = {f["name"] for f in fields}
        extra = [p for key, params in LEGACY_IF_PRESENT.items() if key in names for p in params]
        if extra:
            legacy[name] = extra
    return {
        "version": full["version"],
        "release_date": full.get("release_date", ""),
        "changelog": full.get("changelog", ""),
        "methods": methods,
        "types": types,
        "legacy_parameters": legacy,
    }


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _dump_line_per_entry(subset: dict[str, Any]) -> str:
    """JSON with one line per method/type (compact inside a line, stable key order)."""

    def mapping(name: str) -> str:
        items = subset[name]
        lines = [f"    {json.dumps(key)}: {_compact_json(value)}" for key, value in items.items()]
        return f'  "{name}": {{\n' + ",\n".join(lines) + "\n  }"

    header = [
        f"  {json.dumps(key)}: {json.dumps(subset[key])}"
        for key in ("version", "release_date", "changelog")
    ]
    body = [mapping(key) for key in ("methods", "types", "legacy_parameters")]
    return "{\n" + ",\n".join(header + body) + "\n}\n"


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    full = json.loads(source.read_text(encoding="utf-8"))
    text = _dump_line_per_entry(build_subset(full))
    json.loads(text)  # the hand-made layout must still be valid JSON
    OUTPUT.write_text(text, encoding="utf-8")
    size = len(text.encode("utf-8"))
    sys.stdout.write(f"wrote {OUTPUT} ({size} bytes, {full['version']})\n")
    if size > SIZE_BUDGET:
        sys.stderr.write(f"warning: larger than the {SIZE_BUDGET} byte budget\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
