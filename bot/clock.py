"""The clock handlers read the time from; tests inject their own."""

from collections.abc import Callable
from datetime import datetime

from bot.db.base import utcnow

Clock = Callable[[], datetime]

__all__ = ["Clock", "utcnow"]
