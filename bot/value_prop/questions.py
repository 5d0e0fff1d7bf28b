"""The five value-proposition questions as data; their wording lives in the locale files."""

from enum import StrEnum


class Field(StrEnum):
    """One answer of a value proposition, in the order the founder is asked."""

    SEGMENT = "segment"
    PROBLEM = "problem"
    SITUATION = "situation"
    BENEFIT = "benefit"
    CONTROL = "control"


FIELDS: tuple[Field, ...] = tuple(Field)


def position(field: Field) -> int:
    """1-based number of the question, as shown to the founder ("Вопрос 2 из 5")."""
    return FIELDS.index(field) + 1


def previous_field(field: Field) -> Field | None:
    """The question before ``field``, or None for the first one."""
    index = FIELDS.index(field)
    return FIELDS[index - 1] if index > 0 else None


def label_key(field: Field) -> str:
    """Locale key of the short label used on the review and the card."""
    return f"vp-label-{field}"
