"""Statements straight on asyncpg, for the session's transaction or the unit of work's own.

SQLAlchemy's execution and its asyncpg adapter cost about 200 µs of CPU per statement over
asyncpg's own. ``bot.db.prepared`` comes here while asyncpg says the connection is inside a
transaction (the one SQLAlchemy's adapter began, whose commit and rollback are the session's),
or when the connection is a unit of work's own (``bot.db.prepared.OWNED``): SQLAlchemy sees it in
AUTOCOMMIT, and the transaction is begun before its first statement, here or by bot.db.engine
for SQLAlchemy's, and ended by the unit of work (``end``). Errors come back as SQLAlchemy's,
and a lost connection is invalidated, as SQLAlchemy's own execution would do.
"""

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import asyncpg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.prepared import owned

PARAMETER = re.compile(r"\$(\d+)")  # asyncpg's placeholders: $1, $2, ...
LOST = (  # the connection is gone, about to be (the server ends this backend), or unusable
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.exceptions.InternalClientError,  # e.g. its protocol caught mid-operation
    OSError,
)
KINDS = (  # asyncpg's errors, most specific first, as the adapter's DBAPI error classes
    (asyncpg.IntegrityConstraintViolationError, "IntegrityError"),
    (asyncpg.exceptions.SyntaxOrAccessError, "ProgrammingError"),
    (asyncpg.exceptions.DataError, "DataError"),
    (LOST, "OperationalError"),
    (asyncpg.InterfaceError, "InterfaceError"),
)


@asynccontextmanager
async def _translated(
    owner: AsyncConnection, driver: asyncpg.Connection, sql: str, args: list[Any]
) -> AsyncIterator[None]:
    try:
        yield
    except (asyncpg.PostgresError, asyncpg.InterfaceError, *LOST) as error:
        lost = isinstance(error, LOST) or driver.is_closed()
        if lost:
            await owner.invalidate(error)
        dbapi = owner.dialect.loaded_dbapi
        kind = next((name for types, name in KINDS if isinstance(error, types)), "Error")
        translated = getattr(dbapi, kind)(str(error), error)
        raise DBAPIError.instance(
            sql, args, translated, dbapi.Error, connection_invalidated=lost
        ) from error


async def run(
    owner: AsyncConnection, driver: asyncpg.Connection, sql: str, args: list[Any], *, rows: bool
) -> tuple[list[Any], int]:
    """One statement on ``driver``, ``owner``'s asyncpg connection: its rows (if it returns
    any) and the number of rows it touched. On an owned connection a transaction is begun first
    if none is open."""
    async with _translated(owner, driver, sql, args):
        if not driver.is_in_transaction() and owned(owner):
            if not rows and (inline := _with_literals(sql, args)) is not None:
                status = await driver.execute(f"BEGIN; {inline}")  # one round trip, not two
                return [], int(status.rsplit(" ", 1)[-1])
            await driver.execute("BEGIN")
        if rows:
            found = [tuple(row) for row in await driver.fetch(sql, *args)]
            return found, len(found)
        status = await driver.execute(sql, *args)  # e.g. "UPDATE 3", "INSERT 0 1"
    return [], int(status.rsplit(" ", 1)[-1])


def _literal(value: Any) -> str | None:
    """``value`` as SQL, for the few kinds that need no escaping (None for any other)."""
    if value is None or value == "":
        return "NULL" if value is None else "''"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):  # in brackets: "- -1" must never read as "--", a comment
        return f"({int(value)})"
    if isinstance(value, datetime) and value.tzinfo is not None:
        return f"'{value.isoformat()}'"
    return None


def _with_literals(sql: str, args: list[Any]) -> str | None:
    """``sql`` with its parameters written in, when every one is a number, a boolean, an
    aware time, NULL or '': then BEGIN can travel with it in one simple query (the extended
    protocol, which binds parameters, takes one statement at a time)."""
    literals = [_literal(value) for value in args]
    if None in literals:
        return None
    return PARAMETER.sub(lambda found: literals[int(found[1]) - 1] or "", sql)


async def alone(
    owner: AsyncConnection, driver: asyncpg.Connection, sql: str, args: list[Any]
) -> None:
    """One write outside any transaction: PostgreSQL commits it by itself."""
    async with _translated(owner, driver, sql, args):
        await driver.execute(sql, *args)


async def end(owner: AsyncConnection, driver: asyncpg.Connection, how: str) -> None:
    """COMMIT or ROLLBACK the owned transaction, if one is open."""
    if driver.is_in_transaction():
        async with _translated(owner, driver, how, []):
            await driver.execute(how)
