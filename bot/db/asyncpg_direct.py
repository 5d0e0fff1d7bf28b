"""A prepared statement (bot.db.prepared) straight on asyncpg, in the session's transaction.

SQLAlchemy's execution and its asyncpg adapter cost about 200 µs of CPU per statement over
asyncpg's own. ``bot.db.prepared`` comes here only while asyncpg says the connection is inside
a transaction, the one SQLAlchemy's adapter began, so the session's commit and rollback still
decide. Errors come back as SQLAlchemy's, and a lost connection is invalidated, as SQLAlchemy's
own execution would do.
"""

from typing import Any

import asyncpg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

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


async def run(
    owner: AsyncConnection, driver: asyncpg.Connection, sql: str, args: list[Any], *, rows: bool
) -> tuple[list[Any], int]:
    """One statement on ``driver``, ``owner``'s asyncpg connection: its rows (if it returns
    any) and the number of rows it touched."""
    try:
        if rows:
            found = [tuple(row) for row in await driver.fetch(sql, *args)]
            return found, len(found)
        status = await driver.execute(sql, *args)  # e.g. "UPDATE 3", "INSERT 0 1"
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
    return [], int(status.rsplit(" ", 1)[-1])
