"""SQLite under the async engine with no thread per connection: statements run in the loop.

aiosqlite hands each driver call to a thread of its connection (about 300 µs of CPU per
statement against SQLite's 10, ``bench/statement_cost.py``); here writers already take turns in
asyncio (``bot.db.unit_of_work.WriteGate``), so the hand-off buys nothing.
``create_async_engine(async_creator=...)`` (public API) takes any asyncio driver's connection:
``InlineConnection`` offers the coroutines SQLAlchemy's aiosqlite dialect awaits over a stdlib
``sqlite3`` connection. They never suspend, except while SQLite is busy (another connection holds
the write lock): SQLite's busy handler would sleep in the loop's thread, so the connection has
none and the coroutine waits with ``asyncio.sleep`` until ``busy_timeout`` has passed.
"""

import asyncio
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncConnection

T = TypeVar("T")
DRIVER = "vp_driver"  # Connection.info key: the driver's own connection
BUSY_PAUSE = 0.002  # first wait when SQLite is busy; doubles up to BUSY_PAUSE_MAX
BUSY_PAUSE_MAX = 0.05


async def _patiently(patience: float, call: Callable[..., T], *args: Any) -> T:
    """``call(*args)``; while SQLite answers "busy", wait in asyncio and try again, for up to
    ``patience`` seconds."""
    pause, deadline = BUSY_PAUSE, 0.0
    while True:
        try:
            return call(*args)
        except sqlite3.OperationalError as error:
            # Only plain SQLITE_BUSY: a lock another connection will give back. Extended codes
            # (a stale snapshot) never clear by waiting, so they fail at once, as with SQLite's
            # own handler.
            if getattr(error, "sqlite_errorcode", None) != sqlite3.SQLITE_BUSY:
                raise
            now = asyncio.get_running_loop().time()
            deadline = deadline or now + patience
            if now >= deadline:
                raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, BUSY_PAUSE_MAX)


def _of_cursor(name: str, *, settable: bool = False) -> Any:
    """A property reading (and setting) the sqlite3 cursor's attribute ``name``."""
    setter = (lambda self, value: setattr(self.cursor, name, value)) if settable else None
    return property(lambda self: getattr(self.cursor, name), setter)


class InlineCursor:
    """aiosqlite's cursor interface over a ``sqlite3.Cursor``."""

    def __init__(self, cursor: sqlite3.Cursor, timeout: float) -> None:
        self.cursor = cursor
        self.timeout = timeout

    async def __aenter__(self) -> "InlineCursor":
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self.cursor.close()

    description = _of_cursor("description")
    rowcount = _of_cursor("rowcount")
    lastrowid = _of_cursor("lastrowid")
    arraysize = _of_cursor("arraysize", settable=True)

    async def execute(self, sql: str, parameters: Any = ()) -> "InlineCursor":
        await _patiently(self.timeout, self.cursor.execute, sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> "InlineCursor":
        await _patiently(self.timeout, self.cursor.executemany, sql, parameters)
        return self

    async def fetchone(self) -> Any:
        return self.cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self.cursor.fetchmany(self.cursor.arraysize if size is None else size)

    async def fetchall(self) -> list[Any]:
        return self.cursor.fetchall()

    async def close(self) -> None:
        self.cursor.close()


class InlineConnection:
    """aiosqlite's connection interface over a ``sqlite3.Connection`` (see the module doc)."""

    def __init__(self, connection: sqlite3.Connection, busy_timeout: float) -> None:
        self.connection: sqlite3.Connection | None = connection
        self.timeout = busy_timeout

    @property
    def _connection(self) -> sqlite3.Connection | None:
        # SQLAlchemy's aiosqlite dialect reads this name (aiosqlite's) to skip commit and
        # rollback on a closed connection; it is this class's own attribute.
        return self.connection

    def _open(self) -> sqlite3.Connection:
        if self.connection is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return self.connection

    @property  # read only: setting it (an AUTOCOMMIT engine) goes through aiosqlite's queue
    def isolation_level(self) -> str | None:
        return self._open().isolation_level

    def cursor(self) -> InlineCursor:
        return InlineCursor(self._open().cursor(), self.timeout)

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._open().create_function(*args, **kwargs)

    async def commit(self) -> None:
        await _patiently(self.timeout, self._open().commit)

    async def rollback(self) -> None:
        self._open().rollback()

    @property
    def in_transaction(self) -> bool:
        """Whether something was written since the last commit (sqlite3 begins then)."""
        return self.connection is not None and self.connection.in_transaction

    async def run(self, sql: str, args: Any) -> tuple[list[Any], int]:
        """One statement straight on sqlite3 (bot.db.prepared): its rows and its row count."""
        cursor = self._open().cursor()
        try:
            await _patiently(self.timeout, cursor.execute, sql, args)
            return cursor.fetchall(), cursor.rowcount
        finally:
            cursor.close()

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        """Close at once (SQLAlchemy's terminate); closing twice is harmless."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def connector(database: str, *, uri: bool, busy_timeout: float) -> Callable[[], Any]:
    """An ``async_creator`` for ``create_async_engine`` that opens ``database`` inline."""

    async def connect() -> InlineConnection:
        # timeout=0: SQLite's busy handler would sleep in the loop's thread; _patiently waits.
        # check_same_thread=False: the pool may close a connection from another thread.
        raw = sqlite3.connect(database, timeout=0, uri=uri, check_same_thread=False)
        return InlineConnection(raw, busy_timeout)

    return connect


async def driver_of(connection: AsyncConnection) -> Any:
    """The driver's own connection under ``connection`` (``driver_connection``, public API),
    remembered for the DBAPI connection's life."""
    if DRIVER not in connection.info:
        connection.info[DRIVER] = (await connection.get_raw_connection()).driver_connection
    return connection.info[DRIVER]
