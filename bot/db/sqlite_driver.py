"""aiosqlite with one trip to its thread per statement.

aiosqlite runs each connection's sqlite3 calls on a thread of its own; every call is a trip: a
queue put, the thread waking, a future resolved through the event loop's self-pipe. SQLAlchemy's
adapter makes four of them per statement (open a cursor, execute, fetch the rows, close the
cursor). On the dialogue-load benchmark those trips cost more CPU than the statements did, and an
update runs a dozen statements.

Here SQLAlchemy's aiosqlite dialect gets an adapter whose cursor does all four in one function
on aiosqlite's thread and keeps the rows, the description, the row count and the last row id it
read there. The driver is still aiosqlite (same thread, same connection, same busy handler,
which sleeps on that thread and never blocks the loop); only the number of trips changes.
Server-side cursors (``stream_results``, the exports) keep SQLAlchemy's own cursor.
"""

import collections
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from threading import Thread
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT, await_

Outcome = tuple[Any, list[Any] | None, int, int | None]


def _execute(
    connection: sqlite3.Connection, operation: str, parameters: Sequence[Any] | None
) -> Outcome:
    """On aiosqlite's thread: run one statement and read everything SQLAlchemy asks for."""
    cursor = connection.cursor()
    try:
        cursor.execute(operation, () if parameters is None else parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


def _executemany(
    connection: sqlite3.Connection, operation: str, rows: Sequence[Sequence[Any]]
) -> Outcome:
    cursor = connection.cursor()
    try:
        cursor.executemany(operation, rows)
        return cursor.description, None, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """SQLAlchemy's aiosqlite cursor, with each statement done in one trip to the thread."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: Any) -> None:
        # No cursor is opened here (that would be a trip of its own): each statement opens,
        # uses and closes one on the thread.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]  # None before an INSERT, as sqlite3

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _async_soft_close(self) -> None:
        """Nothing is open between statements; the description stays readable."""

    def _keep(self, outcome: Outcome) -> None:
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows or ())

    async def _trip(self, function: Callable[..., Outcome], *args: Any) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        run: Callable[..., Awaitable[Outcome]] = connection._execute  # aiosqlite's queue
        async with self._adapt_connection._execute_mutex:
            self._keep(await run(function, connection._conn, *args))

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        await self._trip(_execute, operation, parameters)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        await self._trip(_executemany, operation, list(seq_of_parameters))


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneTripCursor


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """What SQLAlchemy's aiosqlite dialect imports as its DBAPI, with the one-trip cursor."""

    def connect(self, *args: Any, **kwargs: Any) -> OneTripConnection:
        kwargs.pop("async_creator_fn", None)
        connection = self.aiosqlite.connect(*args, **kwargs)
        # As SQLAlchemy does: the connection's thread never keeps the process alive.
        thread = connection if isinstance(connection, Thread) else connection._thread
        thread.daemon = True
        return OneTripConnection(self, await_(connection))


def dbapi() -> OneTripDBAPI:
    """The ``module=`` for ``create_async_engine`` on a ``sqlite+aiosqlite`` URL."""
    return OneTripDBAPI(aiosqlite, sqlite3)
