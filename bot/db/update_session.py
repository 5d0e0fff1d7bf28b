"""The database session of the update being handled, for code that runs inside the update but is
not handed the session (the SQL FSM storage, the commit before a reply).

Sessions made by the app's factory remember whether their current transaction wrote anything.
The SQL FSM storage writes in the update's own transaction (one connection per update: with
SQLite, an update that held one connection and waited for a second one from the same pool could
starve the pool under load), so the state moves in the same commit as the data that made it
move. That commit happens at the latest before the next reply goes out
(bot.telegram.commit_before_send) and otherwise when the update ends.
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


def current(engine: AsyncEngine) -> AsyncSession | None:
    """The session of the update being handled, when it is on ``engine``; else None."""
    binding = _current.get()
    if binding is None or not binding.active:
        return None
    session = binding.session
    if session.sync_session.get_bind().engine is not engine.sync_engine:
        return None
    return session


def has_writes(session: AsyncSession) -> bool:
    """Whether the session's transaction wrote, or holds ORM changes not yet flushed."""
    sync = session.sync_session
    return bool(sync.info.get(WROTE) or sync.new or sync.dirty or sync.deleted)


async def commit_pending() -> None:
    """Commit the current update's writes, if it has any (before something leaves the process:
    a reply, or a state written to a store outside the database)."""
    binding = _current.get()
    if binding is None or not binding.active:
        return
    session = binding.session
    if has_writes(session):  # also ORM changes not flushed yet (no transaction begun for them)
        await session.commit()
