"""PostgreSQL's prepared statements (bot.db.prepared) straight on asyncpg, in the session's
transaction.

SQLAlchemy's execution and its asyncpg adapter cost about 200 µs of CPU per statement over
asyncpg's own. A prepared statement runs on the asyncpg connection under the session's
(``driver_connection``, public API), but only while that connection is inside a transaction:
the one SQLAlchemy's adapter began with the session's first statement, so the session's commit
and rollback still decide. Errors come back as SQLAlchemy's, and a lost connection is
invalidated, as SQLAlchemy's own execution would do.
"""

from typing import Any

import asyncpg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

DIRECT = "vp_asyncpg_direct"  # Connection.info key: the AsyncpgDirect under it, or None
LOST = (asyncpg.PostgresConnectionError, OSError)
KINDS = (  # asyncpg's errors, most specific first, as the adapter's DBAPI error classes
    (asyncpg.IntegrityConstraintViolationError, "IntegrityError"),
    (asyncpg.exceptions.SyntaxOrAccessError, "ProgrammingError"),
    (asyncpg.exceptions.DataError, "DataError"),
    (LOST, "OperationalError"),
    (asyncpg.InterfaceError, "InterfaceError"),
)


class AsyncpgDirect:
    def __init__(self, driver: asyncpg.Connection, dbapi: Any) -> None:
        self.driver = driver
        self.dbapi = dbapi  # the dialect's DBAPI module (SQLAlchemy's adapter)

    @property
    def ready(self) -> bool:
        """Inside the session's transaction (else the statement must begin it, through
        SQLAlchemy)."""
        return bool(self.driver.is_in_transaction())

    async def run(
        self, owner: AsyncConnection, sql: str, args: list[Any], *, rows: bool
    ) -> tuple[list[Any], int]:
        """One statement on ``owner``'s driver connection: its rows (if it returns any) and
        the number of rows it touched."""
        try:
            if rows:
                found = [tuple(row) for row in await self.driver.fetch(sql, *args)]
                return found, len(found)
            status = await self.driver.execute(sql, *args)  # e.g. "UPDATE 3", "INSERT 0 1"
        except (asyncpg.PostgresError, asyncpg.InterfaceError, *LOST) as error:
            lost = isinstance(error, LOST) or self.driver.is_closed()
            if lost:
                await owner.invalidate(error)
            kind = next((name for types, name in KINDS if isinstance(error, types)), "Error")
            translated = getattr(self.dbapi, kind)(str(error), error)
            dbapi_error = self.dbapi.Error
            raise DBAPIError.instance(
                sql, args, translated, dbapi_error, connection_invalidated=lost
            ) from error
        return [], int(status.rsplit(" ", 1)[-1])


async def asyncpg_direct(connection: AsyncConnection) -> AsyncpgDirect | None:
    """The asyncpg connection under ``connection`` (None on other drivers), remembered for the
    DBAPI connection's life."""
    info = connection.info
    if DIRECT not in info:
        driver = (await connection.get_raw_connection()).driver_connection
        direct = isinstance(driver, asyncpg.Connection)
        info[DIRECT] = AsyncpgDirect(driver, connection.dialect.loaded_dbapi) if direct else None
    return info[DIRECT]  # type: ignore[no-any-return]
