"""Exactly once: an update is marked handled in its own transaction, at the start of handling.

An outer middleware inside the update's unit of work. Its first statement sets ``handled_at`` on
the update's inbox row if still empty, committed with the update's first commit (before the
first reply): the mark and the answer it marks are durable together or not at all. The payload
is emptied then (/delete_me leaves nothing here). A rolled-back update stays pending. On
PostgreSQL the statement locks the row: a second replica waits, then finds it handled. An
update fed without the inbox (aiogram's own polling in tests, the terminal chat) gets a handled
row here instead, so a repeat of it is still dropped.
"""

import logging
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update
from sqlalchemy import bindparam, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db.prepared import Prepared
from bot.db.repositories import Repositories
from bot.telegram.request_types import Handler
from bot.updates import fault_hold
from bot.updates.inbox import INBOX, insert_ignore

log = logging.getLogger(__name__)
TICKET = "inbox_ticket"  # the key under which bot.updates.runner passes a Ticket
# Every update runs it: prepared once (bot.db.prepared).
MARK_HANDLED = Prepared(
    update(INBOX)
    .where(INBOX.c.update_id == bindparam("id"), INBOX.c.handled_at.is_(None))
    .values(handled_at=bindparam("now"), payload="")
)


@dataclass
class Ticket:
    """What one handling of a stored update reports back to the runner that fed it."""

    update_id: int
    error: str | None = None


class ExactlyOnceMiddleware(BaseMiddleware):
    """Drops an update already handled; marks it handled in the update's transaction."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        repo: Repositories | None = data.get("repo")
        if not isinstance(event, Update) or repo is None:
            return await handler(event, data)
        ticket: Ticket | None = data.get(TICKET)
        if not await self._mark(repo.session, event, ticket is not None):
            log.info("update %s already handled; dropped", event.update_id)
            return UNHANDLED
        await fault_hold.point("handling")
        try:
            return await handler(event, data)
        except Exception as error:
            if ticket is not None:  # rolled back: the runner records it as given up
                ticket.error = f"{type(error).__name__}: {error}"
            raise

    async def _mark(self, session: AsyncSession, event: Update, stored: bool) -> bool:
        now = self.clock()
        if stored:
            return bool(await MARK_HANDLED.write(session, {"id": event.update_id, "now": now}))
        result = await session.execute(
            insert_ignore(session.get_bind().dialect.name).values(
                update_id=event.update_id, payload="", received_at=now, attempts=1, handled_at=now
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]
