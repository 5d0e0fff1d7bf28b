"""The unit of work (bot.db.unit_of_work) wired into aiogram: one per update, committed before
each Bot API call.

``UnitOfWorkMiddleware`` opens it around the update and hands it to what runs inside as
``data["uow"]`` (and its repositories as ``data["repo"]``). Two pieces of code run inside the
update but are not handed ``data``: the Bot API request middleware (``CommitBeforeSend``,
called by aiogram's HTTP session with only the bot and the method) and the FSM storage
(called by aiogram's FSMContext with only a key). They find the update's unit of work through
one context variable, set here for exactly the duration of the update; a task a handler spawns
copies it, which is why a unit of work that has ended is never used (``current`` is None).
"""

from contextvars import ContextVar
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
)
from aiogram.types import TelegramObject
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.prepared import OWNED
from bot.db.repositories import Repositories
from bot.db.unit_of_work import UnitOfWork, WriteGate
from bot.telegram.request_types import Handler, Method, Next, Reply, T

_current: ContextVar[UnitOfWork | None] = ContextVar("unit_of_work", default=None)


def current() -> UnitOfWork | None:
    """The unit of work of the update being handled, if it is still open."""
    uow = _current.get()
    return uow if uow is not None and uow.open else None


class UnitOfWorkMiddleware(BaseMiddleware):
    """Outer update middleware: the update's unit of work, committed at the end or rolled back."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], gate: WriteGate | None
    ) -> None:
        self.session_factory = session_factory
        self.engine = session_factory.kw["bind"]
        if self.engine.dialect.driver == "asyncpg":  # the unit of work sends BEGIN and COMMIT
            self.engine = self.engine.execution_options(**OWNED)
        self.gate = gate

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        # One pooled connection for the whole update (a session on the engine would hand it
        # back at every commit and check one out again for the next statement).
        async with (
            self.engine.connect() as connection,
            self.session_factory(bind=connection) as session,
        ):
            uow = UnitOfWork(connection, session, self.gate)
            data["uow"] = uow
            data["repo"] = Repositories.bind(session)
            token = _current.set(uow)
            failed = True
            try:
                await uow.enter()
                result = await handler(event, data)
                failed = False
            finally:
                try:
                    await uow.finish(failed=failed)
                finally:
                    _current.reset(token)
            return result


class CommitBeforeSend(BaseRequestMiddleware):
    """Bot API request middleware: nothing reaches anyone before what led to it is stored."""

    async def __call__(self, make_request: Next[T], bot: Bot, method: Method[T]) -> Reply[T]:
        uow = current()
        if uow is None:  # outside an update (the reminder loop): nothing to commit
            return await make_request(bot, method)
        await uow.before_leaving()
        try:
            return await make_request(bot, method)
        finally:
            await uow.returned()
