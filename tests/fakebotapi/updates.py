"""The update queue behind getUpdates: ids, confirmation by offset, allowed_updates filtering."""

from typing import Any

from tests.fakebotapi.waiting import ChangeSignal

FIRST_UPDATE_ID = 100_001
# What Telegram delivers when allowed_updates is an empty list (or was never set).
NOT_DELIVERED_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def update_type(update: dict[str, Any]) -> str:
    return next(key for key in update if key != "update_id")


class UpdateQueue:
    """Unconfirmed updates, oldest first.

    ``offset`` confirms (forgets) every update with a smaller id, exactly like Telegram; an
    update stays pending until confirmed, even after it has been returned once.
    """

    def __init__(self, signal: ChangeSignal) -> None:
        self._signal = signal
        self._pending: list[dict[str, Any]] = []
        self._next_id = FIRST_UPDATE_ID
        self.allowed: frozenset[str] | None = None  # None: Telegram's default set
        self.delivered_up_to = 0  # highest update_id returned by getUpdates so far
        self.dropped: list[dict[str, Any]] = []  # filtered out by allowed_updates
        self.all: list[dict[str, Any]] = []  # every update ever queued

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        self._pending.append(update)
        self.all.append(update)
        self._signal.notify()
        return update

    def set_allowed(self, allowed: list[str] | None) -> None:
        """allowed_updates of a getUpdates call: None keeps the previous setting."""
        if allowed is None:
            return
        self.allowed = frozenset(allowed) if allowed else None

    def confirm(self, offset: int | None) -> None:
        if not offset:
            return
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        else:
            self._pending = self._pending[offset:]
        self._signal.notify()

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = update_type(update)
        if self.allowed is None:
            return kind not in NOT_DELIVERED_BY_DEFAULT
        return kind in self.allowed

    def take(self, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` pending updates (not confirmed: the next offset does that)."""
        kept = []
        for update in self._pending:
            if self._is_allowed(update):
                kept.append(update)
            else:
                self.dropped.append(update)
        self._pending = kept
        batch = kept[:limit]
        if batch:
            self.delivered_up_to = max(self.delivered_up_to, batch[-1]["update_id"])
            self._signal.notify()
        return batch

    @property
    def undelivered(self) -> list[dict[str, Any]]:
        """Queued updates the bot has not fetched yet."""
        return [u for u in self._pending if u["update_id"] > self.delivered_up_to]
