"""The /mydata export as a JSON document: UTF-8, readable indentation, stable key order."""

import json
from collections.abc import Mapping
from typing import Any

JSON_INDENT = 2


def render_json(data: Mapping[str, Any]) -> bytes:
    """``data`` (from collect_user_data) as UTF-8 JSON.

    Non-ASCII text (Cyrillic, emoji) is written as is, not as ``\\u`` escapes, so the file reads
    well in any editor; NaN and infinities are refused, as strict JSON parsers would.
    """
    text = json.dumps(
        data, ensure_ascii=False, indent=JSON_INDENT, allow_nan=False, sort_keys=False
    )
    return (text + "\n").encode("utf-8")


def parse_json(payload: bytes) -> dict[str, Any]:
    """The export back as data (tests and tools read it with this)."""
    loaded = json.loads(payload.decode("utf-8"))
    if not isinstance(loaded, dict):
        msg = f"an export is a JSON object, not {type(loaded).__name__}"
        raise TypeError(msg)
    return loaded
