"""Grouping propositions into lineages: v1 and the versions revised from it, oldest first."""

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Versioned(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def parent_id(self) -> int | None: ...

    @property
    def version(self) -> int: ...


V = TypeVar("V", bound=Versioned)


def root_of(item: V, by_id: dict[int, V]) -> int:
    """The id of the first version ``item`` descends from (itself when it has no parent)."""
    seen = {item.id}
    current = item
    while current.parent_id is not None and current.parent_id in by_id:
        current = by_id[current.parent_id]
        if current.id in seen:  # a cycle cannot be made by the bot; stop rather than loop
            break
        seen.add(current.id)
    return current.id


def lineages(items: Iterable[V]) -> list[list[V]]:
    """Lineages in the order their first version was created; each sorted by version."""
    everything = list(items)
    by_id = {item.id: item for item in everything}
    groups: dict[int, list[V]] = {}
    for item in sorted(everything, key=lambda entry: entry.id):
        groups.setdefault(root_of(item, by_id), []).append(item)
    return [sorted(group, key=lambda e: (e.version, e.id)) for group in groups.values()]


def lineage_of(item_id: int, items: Iterable[V]) -> list[V]:
    """The lineage holding ``item_id`` (empty when it is not among ``items``)."""
    return next((group for group in lineages(items) if any(e.id == item_id for e in group)), [])
