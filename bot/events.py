"""Hooks between capabilities: one emits a typed event, others subscribe in the composition root.

A capability lower in the order (see README, "Architecture") never imports one above it; when
something it does matters upstairs ("a proposition is finished", "an interview is logged",
"consent is given"), it defines a small frozen dataclass for the event and emits it here.
``bot.app`` subscribes the capabilities that care, in the order they should run. Handlers get
the bus as ``events`` from the dispatcher's workflow data.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.clock import Clock
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import Translator

E = TypeVar("E")

Subscriber = Callable[[E], Awaitable[None]]


class Events:
    """Subscribers per event type, called one after another in subscription order."""

    def __init__(self) -> None:
        self._subscribers: dict[type, list[Callable[[Any], Awaitable[None]]]] = {}

    def subscribe(self, kind: type[E], subscriber: Subscriber[E]) -> None:
        self._subscribers.setdefault(kind, []).append(subscriber)

    async def emit(self, event: object) -> None:
        """Run every subscriber of the event's type; an event nobody subscribed to is dropped."""
        for subscriber in self._subscribers.get(type(event), ()):
            await subscriber(event)


@dataclass(frozen=True)
class Visit:
    """A user's message being answered, as a hook or a dialogue sees it (events about one
    extend it)."""

    message: Message
    t: Translator
    state: FSMContext
    repo: Repositories
    user: User
    clock: Clock
    events: Events
