"""What onboarding hands to the capabilities above it (wired in bot.wiring): events, links.

``/start <payload>`` is offered to the openers wired in order (an invite link belongs to the
consultant); when none answers the user for good, a plain /start follows.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.events import Visit


@dataclass(frozen=True)
class Consented(Visit):
    """The data notice was just accepted: whatever waited for it goes on (an invite, the
    first question), in the order the subscribers were wired."""


@dataclass(frozen=True)
class StartedIdle(Visit):
    """/start outside any dialogue: the greeting and the menu have been sent."""


@dataclass(frozen=True)
class DeepLink(Visit):
    payload: str


# True when the link was answered for good (no plain /start after it).
Opener = Callable[[DeepLink], Awaitable[bool]]
