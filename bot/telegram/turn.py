"""The per-update context most handlers need, injected as one `turn` keyword.

Built by an outer middleware placed after the user middleware, from the keywords the earlier
middlewares and the dispatcher already provide (those keywords stay, for filters and
middlewares that read them)."""

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject

from bot.clock import Clock
from bot.config import Settings
from bot.dates import zone_of
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.request_types import Handler


@dataclass(frozen=True, slots=True)
class Turn:
    """Who is talking (user, their translator, their dialogue state) and what serves them."""

    t: Translator
    state: FSMContext
    repo: Repositories
    user: User
    clock: Clock
    settings: Settings

    def today(self) -> date:
        """The date in the user's time zone."""
        return self.clock().astimezone(zone_of(self.user.timezone)).date()


_KEYWORDS = tuple(field.name for field in fields(Turn))  # each one a keyword of the same name


class TurnMiddleware(BaseMiddleware):
    """Adds `turn` when the update has a registered user in a chat."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if "user" in data and "state" in data:
            data["turn"] = Turn(**{name: data[name] for name in _KEYWORDS})
        return await handler(event, data)


__all__ = ["Turn", "TurnMiddleware"]
