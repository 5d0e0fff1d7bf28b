"""The unit of work of one update: its database session, and the only code that commits it.

What is durable when:

* before any Bot API call made while the update is handled (and before a state is written to a
  store outside the database), everything the update wrote so far is committed: no reply is
  ever shown for an answer, or a state, that a crash could still take back;
* when the update ends, the rest is committed (the outgoing lines of the transcript);
* when the handler fails, everything not yet committed is rolled back.

Handlers and services never commit. Code that must act once its writes are durable (tell a
consultant, remember something in memory) registers ``after_commit`` callbacks.

On SQLite (bot.db.sqlite_inline) a commit is SQLite's own, made when something was written;
SQLAlchemy's transaction stays open for the whole update (its commit and begin cost 6 % of CPU).
On PostgreSQL the same idea: the update's connection is AUTOCOMMIT for SQLAlchemy
(bot.db.prepared.OWNED), its transaction is begun before its first statement of any kind
(bot.db.asyncpg_direct, bot.db.engine) and committed or rolled back here, on asyncpg; whatever
happens, the pool never gets the connection back inside a transaction.

SQLite has one writer at a time. Here its writers queue in asyncio (``WriteGate``), not in
SQLite's busy handler (which sleeps and retries): an update holds the gate while it works with
the database and hands it back at each commit, so SQLite's lock is free whenever a gated
update reaches it.
"""

import asyncio
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.db.prepared import Params, Prepared, is_asyncpg, owned
from bot.db.sqlite_inline import InlineConnection, driver_of


class WriteGate:
    """SQLite's one-writer rule as a FIFO asyncio lock, bounded by the busy timeout."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.lock = asyncio.Lock()

    async def acquire(self) -> None:
        try:
            async with asyncio.timeout(self.timeout):
                await self.lock.acquire()
        except TimeoutError:
            error = sqlite3.OperationalError("database is locked")
            raise OperationalError("(write gate)", None, error) from None

    def release(self) -> None:
        self.lock.release()


def asyncpg_direct() -> Any:
    """bot.db.asyncpg_direct, imported by PostgreSQL's bot only (SQLite's never loads asyncpg)."""
    from bot.db import asyncpg_direct  # noqa: PLC0415

    return asyncpg_direct


async def _run(callbacks: list[Callable[[], Any]]) -> None:
    """Run and empty ``callbacks`` (including any added while they run)."""
    while callbacks:
        outcome = callbacks.pop(0)()
        if asyncio.iscoroutine(outcome):
            await outcome


class UnitOfWork:
    """One update's session on one pooled connection; see the module docstring."""

    def __init__(
        self, connection: AsyncConnection, session: AsyncSession, gate: WriteGate | None
    ) -> None:
        self.connection = connection
        self.session = session
        self.gate = gate
        self.open = True
        self.owned = owned(connection)
        self._holds_gate = False
        self._away = 0  # Bot API calls in flight (a handler may make several at once)
        self._before_commit: list[Callable[[], Any]] = []
        self._after_commit: list[Callable[[], Any]] = []
        self._after_rollback: list[Callable[[], Any]] = []
        self._later: list[tuple[Prepared, Sequence[Params]]] = []

    def before_commit(self, callback: Callable[[], Any]) -> None:
        """Run ``callback`` (e.g. store what was kept in memory) in the transaction, just before
        the next commit; never if it is rolled back. A coroutine it returns is awaited."""
        self._before_commit.append(callback)

    def after_commit(self, callback: Callable[[], Any]) -> None:
        """Run ``callback`` once what the update wrote so far is committed; never if it is
        rolled back. A coroutine it returns is awaited."""
        self._after_commit.append(callback)

    def after_rollback(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` if the update's writes are rolled back (forget what they made)."""
        self._after_rollback.append(callback)

    def write_at_commit(self, prepared: Prepared, rows: Sequence[Params]) -> None:
        """Write ``rows`` with the next commit (lines nothing reads before the update ends,
        like the transcript's outgoing ones); never if it is rolled back. On PostgreSQL a
        commit with nothing else to write sends a single row alone, as its own transaction."""
        self._later.append((prepared, rows))

    async def _write_later(self, pending: bool) -> None:
        later, self._later = self._later, []
        driver = await driver_of(self.connection)
        alone = len(later) == 1 and len(later[0][1]) == 1 and not pending
        if alone and is_asyncpg(driver) and not driver.is_in_transaction():
            await later[0][0].write_alone(self.connection, driver, later[0][1][0])
            return
        for prepared, rows in later:
            await prepared.write_all(self.session, rows)

    async def commit(self) -> None:
        """Make the update's writes so far durable (nothing to do when it wrote nothing)."""
        await _run(self._before_commit)
        sync = self.session.sync_session
        pending = bool(sync.new or sync.dirty or sync.deleted)
        if self._later:
            await self._write_later(pending)
        driver = await driver_of(self.connection)
        if isinstance(driver, InlineConnection):  # SQLite's transaction commits (see above)
            if pending:
                await self.session.flush()
            if driver.in_transaction:  # sqlite3 begins one with the first write, only then
                await driver.commit()
        elif self.owned:  # PostgreSQL: the transaction the unit of work began
            if pending:
                await self.session.flush()
            await asyncpg_direct().end(self.connection, driver, "COMMIT")
        elif pending or self.session.in_transaction():
            await self.session.commit()
        self._after_rollback.clear()
        await _run(self._after_commit)

    async def rollback(self) -> None:
        self._later.clear()
        self._before_commit.clear()
        self._after_commit.clear()
        await self._roll_back_owned()
        await self.session.rollback()
        await _run(self._after_rollback)

    async def _roll_back_owned(self) -> None:
        """ROLLBACK the transaction the unit of work began, if open; a connection that cannot
        is invalidated (the pool must never get one back inside a transaction)."""
        if not self.owned or self.connection.invalidated:
            return
        try:
            await asyncpg_direct().end(
                self.connection, await driver_of(self.connection), "ROLLBACK"
            )
        except DBAPIError:
            if not self.connection.invalidated:
                await self.connection.invalidate()

    async def enter(self) -> None:
        """Take the write gate (SQLite) before the update's first statement."""
        if self.gate is not None and not self._holds_gate:
            await self.gate.acquire()
            self._holds_gate = True

    def _leave_gate(self) -> None:
        if self._holds_gate and self.gate is not None:
            self._holds_gate = False
            self.gate.release()

    async def before_leaving(self) -> None:
        """Before something leaves the process (a Bot API call, a state written to Redis)."""
        if not self.open:
            return
        await self.commit()
        self._away += 1
        self._leave_gate()

    async def returned(self) -> None:
        """After such a call: the update may write again."""
        if not self.open:
            return
        self._away -= 1
        if self._away == 0:
            await self.enter()

    async def finish(self, *, failed: bool) -> None:
        """End of the update: commit (or roll back on an error) and give the gate back."""
        try:
            if failed:
                await self.rollback()
            else:
                await self.commit()
        finally:
            self.open = False
            self._leave_gate()
            await self._roll_back_owned()  # e.g. a commit that failed
