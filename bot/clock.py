"""The clock handlers read the time from; tests inject their own."""

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
