"""What the value-proposition dialogue tells the rest of the bot (subscribed in bot.wiring)."""

from dataclasses import dataclass

from aiogram import Bot

from bot.db.models import User
from bot.db.repositories import Repositories


@dataclass(frozen=True)
class PropositionFinished:
    """A founder confirmed their proposition: the card has just been sent to them."""

    bot: Bot
    repo: Repositories
    founder: User
    name: str  # as the founder typed it (not escaped)
