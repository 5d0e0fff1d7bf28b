"""What interview logging tells the rest of the bot (subscribed in bot.wiring)."""

from dataclasses import dataclass

from aiogram import Bot

from bot.db.models import User
from bot.db.repositories import Repositories


@dataclass(frozen=True)
class InterviewLogged:
    """A new interview was saved (an edit of a saved one is not an event)."""

    bot: Bot
    repo: Repositories
    founder: User
    proposition: str  # names as typed (not escaped)
    respondent: str
    done: int
    goal: int
