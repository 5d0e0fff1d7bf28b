"""What onboarding tells the capabilities above it (subscribed in bot.wiring)."""

from dataclasses import dataclass

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.clock import Clock
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import Translator


@dataclass(frozen=True)
class Consented:
    """The data notice was just accepted: whatever waited for it goes on (an invite, the
    first question), in the order the subscribers were wired."""

    message: Message
    t: Translator
    state: FSMContext
    repo: Repositories
    user: User
    clock: Clock


@dataclass(frozen=True)
class StartedIdle:
    """/start outside any dialogue: the greeting and the menu have been sent."""

    message: Message
    t: Translator
    repo: Repositories
    user: User
