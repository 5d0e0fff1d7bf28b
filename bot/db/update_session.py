"""The database session of the update being handled, for code that runs inside the update but is
not handed the session (the SQL FSM storage).

Sessions made by the app's factory remember whether their current transaction wrote anything.
A session whose transaction holds no writes can run someone else's short transaction (statements,
then commit) with the same effect as a separate session would have, minus a second connection:
with SQLite, an update that held one connection and waited for a second one from the same pool
could starve the pool under load (every update waiting, none finishing).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction

WROTE = "vp_transaction_wrote"


class TrackingSession(Session):
    """A Session that notes in ``info`` whether its current transaction wrote anything."""


@event.listens_for(TrackingSession, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    session.info[WROTE] = True


@event.listens_for(TrackingSession, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if not state.is_select:  # INSERT/UPDATE/DELETE, and any text() to be safe
        state.session.info[WROTE] = True


@event.listens_for(TrackingSession, "after_transaction_end")
def _after_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction: committed or rolled back
        session.info.pop(WROTE, None)


AFTER_COMMIT = "vp_after_commit"


def after_commit(session: AsyncSession, callback: Callable[[], None]) -> None:
    """Run ``callback`` once the session's current transaction is committed; never if it is
    rolled back (e.g. an in-memory note of what the transaction stored)."""
    session.sync_session.info.setdefault(AFTER_COMMIT, []).append(callback)


@event.listens_for(TrackingSession, "after_commit")
def _run_after_commit(session: Session) -> None:
    for callback in session.info.pop(AFTER_COMMIT, ()):
        callback()


@event.listens_for(TrackingSession, "after_rollback")
def _drop_after_commit(session: Session) -> None:
    session.info.pop(AFTER_COMMIT, None)


class _Binding:
    __slots__ = ("active", "session")

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.active = True


_current: ContextVar[_Binding | None] = ContextVar("update_session", default=None)


@contextmanager
def bound(session: AsyncSession) -> Iterator[None]:
    """Make ``session`` the current update's session for the block (and only the block)."""
    binding = _Binding(session)
    token = _current.set(binding)
    try:
        yield
    finally:
        binding.active = False
        _current.reset(token)


def borrowable(engine: AsyncEngine) -> AsyncSession | None:
    """The current update's session when it is on ``engine`` and its transaction wrote nothing.

    Such a session can run a short transaction of its own (statements, then commit): committing
    it makes nothing durable but that transaction's own work.
    """
    binding = _current.get()
    if binding is None or not binding.active:
        return None
    session = binding.session
    sync = session.sync_session
    if sync.get_bind().engine is not engine.sync_engine:  # bound to the engine or a connection
        return None
    if not sync.is_active or sync.info.get(WROTE):
        return None
    if sync.new or sync.dirty or sync.deleted:
        return None
    return session
