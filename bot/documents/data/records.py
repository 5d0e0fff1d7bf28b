"""Records from stored rows and back: a dataclass from an ORM object, a dict from a record."""

from collections.abc import Callable
from dataclasses import MISSING, fields
from datetime import date
from typing import Any, TypeVar, cast

Record = TypeVar("Record")
_REQUIRED: dict[type, tuple[str, ...]] = {}  # per dataclass, its fields without a default


def from_row(cls: type[Record], row: Any, **given: Any) -> Record:
    """``cls`` built from ``row``'s attributes (an ORM object or a Row) of its field names;
    fields with a default come from ``given`` only (a stored row knows nothing of them)."""
    if (names := _REQUIRED.get(cls)) is None:
        found = fields(cast(Any, cls))
        names = _REQUIRED[cls] = tuple(
            f.name for f in found if f.default is MISSING and f.default_factory is MISSING
        )
    values = {name: getattr(row, name) for name in names if name not in given}
    return cls(**values, **given)


def pick(row: object, *names: str, time: Callable[[date], str | None]) -> dict[str, Any]:
    """The named attributes of ``row``, dates and times written by ``time``."""
    values = ((name, getattr(row, name)) for name in names)
    return {name: time(v) if isinstance(v, date) else v for name, v in values}
