"""Update de-duplication: Telegram re-delivers a webhook update it thinks failed, and a crash
before polling confirms an offset re-delivers it too; each update id is handled once.
"""

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.models import ProcessedUpdate

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
KEEP_FOR = timedelta(days=2)  # Telegram keeps undelivered updates for 24 hours
PRUNE_EVERY = 1000


class DedupMiddleware(BaseMiddleware):
    """Claims the update id in its own short transaction; a second delivery is dropped."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.seen = 0

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        now = self.clock()
        async with self.session_factory() as session:
            session.add(ProcessedUpdate(update_id=event.update_id, received_at=now))
            try:
                await session.commit()
            except IntegrityError:
                log.info("update %s already handled; dropped", event.update_id)
                return UNHANDLED
            self.seen += 1
            if self.seen % PRUNE_EVERY == 0:
                await session.execute(
                    delete(ProcessedUpdate).where(ProcessedUpdate.received_at < now - KEEP_FOR)
                )
                await session.commit()
        return await handler(event, data)
