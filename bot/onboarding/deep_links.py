"""/start <payload>: capabilities above onboarding open their own links (bot.wiring).

An invite link belongs to the consultant; onboarding only hands the payload to each opener in
turn and falls back to the plain /start when none of them answered the user for good.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.events import Visit


@dataclass(frozen=True)
class DeepLink(Visit):
    payload: str


# True when the link was answered for good (no plain /start after it).
Opener = Callable[[DeepLink], Awaitable[bool]]
