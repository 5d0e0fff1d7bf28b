"""Message filters that run on the event loop.

aiogram runs every synchronous filter (a magic filter such as ``F.text``, a ``State`` passed as
a filter) through ``asyncio.to_thread``: a hand-off to a worker thread and back for what is an
attribute look-up. Routing one message through our routers took several such trips. The filters
here are ``aiogram.filters.Filter`` subclasses with an async ``__call__``, so aiogram awaits them
directly; states go through aiogram's own ``StateFilter``, which is async too.
"""

from typing import Any

from aiogram.filters import Filter
from aiogram.types import Message
from magic_filter import MagicFilter


class PlainText(Filter):
    """A text message that is not a command."""

    async def __call__(self, message: Message) -> bool:
        return message.text is not None and not message.text.startswith("/")


class NoText(Filter):
    """A message without text (a photo, a sticker, a voice note...)."""

    async def __call__(self, message: Message) -> bool:
        return message.text is None


class OnLoop(Filter):
    """Any magic filter (``OnLoop(F.location)``), resolved on the event loop."""

    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: Any) -> Any:
        return self.magic.resolve(event)


PLAIN_TEXT = PlainText()
NO_TEXT = NoText()
