"""Magic filters (``F.text``, ``F.chat.type == "private"``) and state filters
(``VpDialog.name``) evaluated on the event loop.

aiogram calls every synchronous filter through ``asyncio.to_thread``, so each update routed
through our tree made several thread-pool round trips (a hand-off to a worker, the GIL back and
forth, a wake-up of the loop) to evaluate what are attribute look-ups and string comparisons.
Those two kinds are pure and fast, so after the router tree is built each of them is wrapped in
a coroutine; what they decide does not change.
"""

from collections.abc import Callable, Iterator
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.handler import FilterObject, HandlerObject
from aiogram.fsm.state import State


def _inline(resolve: Callable[..., Any]) -> Callable[..., Any]:
    async def resolved(*args: Any, **kwargs: Any) -> Any:
        return resolve(*args, **kwargs)

    return resolved


def _handlers(router: Router) -> Iterator[HandlerObject]:
    for observer in router.observers.values():
        yield observer._handler  # the observer-wide filters (router.message.filter(...))
        yield from observer.handlers
    for child in router.sub_routers:
        yield from _handlers(child)


def _pure(event_filter: FilterObject) -> bool:
    return event_filter.magic is not None or isinstance(event_filter.callback, State)


def inline_magic_filters(router: Router) -> int:
    """Make the magic and state filters of ``router`` and its sub-routers run inline.

    Returns how many were changed (0 when called again).
    """
    changed = 0
    for handler in _handlers(router):
        for event_filter in handler.filters or ():
            if not event_filter.awaitable and _pure(event_filter):
                event_filter.callback = _inline(event_filter.callback)
                event_filter.awaitable = True
                changed += 1
    return changed
