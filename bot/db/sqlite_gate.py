"""One writer at a time for SQLite, queued in asyncio instead of in SQLite's busy handler.

SQLite lets one transaction write at a time; the others wait in the busy handler, which sleeps
and retries (1, 2, 5, 10 ... 100 ms) until ``busy_timeout`` and then fails with "database is
locked". With dozens of updates handled at once, writers slept while the lock was already free
and, once the loop was busy, some gave up after the timeout. Here a session takes an asyncio
lock (FIFO, woken the moment it is released) before its transaction's first write and gives it
back when the transaction ends, so SQLite's own lock is free whenever a gated writer reaches it.

Waiting is bounded by the same busy timeout and then fails with the same "database is locked".
A task that already holds the gate with one session and writes with another (which SQLite would
refuse anyway) is not made to wait on itself: it goes straight to SQLite, as before.
"""

import asyncio
import sqlite3
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction
from sqlalchemy.util import await_

from bot.db.update_session import TrackingSession

HOLDS = "vp_holds_sqlite_gate"


class WriteGate:
    """The asyncio lock of one SQLite database, and which task holds it."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.lock = asyncio.Lock()
        self.owner: asyncio.Task[object] | None = None

    async def acquire(self) -> bool:
        """True when acquired; False when the current task holds it already (no waiting)."""
        task = asyncio.current_task()
        if self.owner is not None and self.owner is task:
            return False
        try:
            async with asyncio.timeout(self.timeout):
                await self.lock.acquire()
        except TimeoutError:
            error = sqlite3.OperationalError("database is locked")
            raise OperationalError("(write gate)", None, error) from None
        self.owner = task
        return True

    def release(self) -> None:
        self.owner = None
        self.lock.release()


_GATES: WeakKeyDictionary[Engine, WriteGate] = WeakKeyDictionary()


def install(engine: Engine, timeout: float) -> None:
    """Gate the writes of the app's sessions (TrackingSession) on ``engine``, a SQLite engine."""
    _GATES[engine] = WriteGate(timeout)


def _gate_of(session: Session) -> WriteGate | None:
    bind = session.get_bind()
    return _GATES.get(bind.engine)


def _before_write(session: Session) -> None:
    if session.info.get(HOLDS) is not None:
        return
    gate = _gate_of(session)
    if gate is None:
        return
    # The connection first: a gate holder waiting for the pool, filled by sessions that wait
    # for the gate, would wait forever.
    session.connection()
    if await_(gate.acquire()):
        session.info[HOLDS] = gate


@event.listens_for(TrackingSession, "before_flush")
def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        _before_write(session)


@event.listens_for(TrackingSession, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if not state.is_select:
        _before_write(state.session)


@event.listens_for(TrackingSession, "after_transaction_end")
def _after_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        gate = session.info.pop(HOLDS, None)
        if gate is not None:
            gate.release()
