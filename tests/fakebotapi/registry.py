"""Bot API method name -> implementation."""

from collections.abc import Awaitable, Callable
from typing import Any

from tests.fakebotapi.state import BotState

Handler = Callable[[BotState, dict[str, Any]], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    """Register the decorated coroutine as the implementation of the named methods."""

    def register(handler: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = handler
        return handler

    return register
