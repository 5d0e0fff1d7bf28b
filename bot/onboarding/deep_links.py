"""/start <payload>: capabilities above onboarding open their own links (bot.wiring).

An invite link belongs to the consultant; onboarding only hands the payload to each opener in
turn and falls back to the plain /start when none of them answered the user for good.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.clock import Clock
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import Translator


@dataclass(frozen=True)
class DeepLink:
    payload: str
    message: Message
    t: Translator
    state: FSMContext
    repo: Repositories
    user: User
    clock: Clock


# True when the link was answered for good (no plain /start after it).
Opener = Callable[[DeepLink], Awaitable[bool]]
