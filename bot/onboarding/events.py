"""What onboarding tells the capabilities above it (subscribed in bot.wiring)."""

from dataclasses import dataclass

from bot.events import Visit


@dataclass(frozen=True)
class Consented(Visit):
    """The data notice was just accepted: whatever waited for it goes on (an invite, the
    first question), in the order the subscribers were wired."""


@dataclass(frozen=True)
class StartedIdle(Visit):
    """/start outside any dialogue: the greeting and the menu have been sent."""
