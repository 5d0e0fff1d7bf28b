"""Hot-path statements compiled once and run on the session's own driver connection.

SQLAlchemy runs a cached Core statement for about 130 µs of CPU, ``sqlite3`` for about 20
(``bench/statement_cost.py``). A ``Prepared`` statement is compiled once per dialect with
SQLAlchemy's public compiler (SQL text, parameter order, the types' value processors) and runs in
the session's transaction, on the connection the session holds: its commit keeps it, its rollback
takes it back. On SQLite that is the inline driver (bot.db.sqlite_inline); on PostgreSQL asyncpg,
once a transaction is begun or when the unit of work owns it (bot.db.asyncpg_direct); elsewhere
``session.execute``.
Rows are plain tuples in the order of the statement's columns.
"""

import sqlite3
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import CursorResult, Select, Table, UpdateBase, bindparam, insert
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.compiler import SQLCompiler

from bot.db.sqlite_inline import InlineConnection, driver_of

Process = Callable[[Any], Any] | None
Row = tuple[Any, ...]
Params = Mapping[str, Any]
Statement = Select[Any] | UpdateBase
M = TypeVar("M")


@dataclass(frozen=True, slots=True)
class Compiled:
    """One statement for one dialect: SQL, parameter names in order, value processors."""

    sql: str
    names: tuple[str, ...]
    defaults: Mapping[str, Any]  # values written into the statement (literals)
    binds: tuple[Process, ...]
    results: tuple[Process, ...]

    def args(self, params: Params) -> list[Any]:
        values = ((params[n] if n in params else self.defaults[n]) for n in self.names)
        return [v if p is None else p(v) for p, v in zip(self.binds, values, strict=True)]

    def rows(self, raw: list[Row]) -> list[Row]:
        if not any(self.results):
            return raw
        pairs = (zip(self.results, row, strict=True) for row in raw)
        return [tuple(v if p is None else p(v) for p, v in pair) for pair in pairs]


def compile_for(statement: Statement, dialect: Dialect) -> Compiled:
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    if compiled.insert_prefetch or compiled.update_prefetch or "POSTCOMPILE" in compiled.string:
        msg = f"a prepared statement names every value and no IN list: {compiled.string}"
        raise ValueError(msg)
    names = tuple(compiled.positiontup or ())
    given = {name for name in names if compiled.binds[name].required}
    return Compiled(
        sql=compiled.string,
        names=names,
        defaults={k: v for k, v in compiled.params.items() if k not in given},
        binds=tuple(
            compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in names
        ),
        results=tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.exported_columns
        ),
    )


# Execution options of a PostgreSQL connection whose transaction the unit of work sends itself
# (bot.db.asyncpg_direct): SQLAlchemy sees it in AUTOCOMMIT.
OWNED = {"isolation_level": "AUTOCOMMIT", "vp_owned_transaction": True}


def owned(connection: AsyncConnection | Connection | None) -> bool:
    if isinstance(connection, AsyncConnection):
        connection = connection.sync_connection
    return connection is not None and "vp_owned_transaction" in connection.get_execution_options()


def is_asyncpg(driver: Any) -> bool:
    """Whether ``driver`` is an asyncpg connection (without importing asyncpg on SQLite)."""
    module = sys.modules.get("asyncpg")
    return module is not None and isinstance(driver, module.Connection)


async def joined(session: AsyncSession) -> AsyncConnection:
    """The connection of the session's transaction, begun if need be (its commit is theirs)."""
    bound = session.bind  # a unit of work's session is bound to its one connection
    if isinstance(bound, AsyncConnection) and bound.in_transaction() and session.in_transaction():
        return bound
    return await session.connection()  # about 40 µs more


class Prepared:
    """A Core statement run in a session (see the module docstring)."""

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self.returns_rows = bool(statement.exported_columns)
        self.forms: dict[str, Compiled] = {}  # by dialect, on first use

    async def rows(self, session: AsyncSession, params: Params) -> list[Row]:
        """Its rows (a SELECT's, or what a write RETURNs)."""
        return (await self._run(session, params))[0]

    async def row(self, session: AsyncSession, params: Params) -> Row | None:
        return next(iter(await self.rows(session, params)), None)

    async def write(self, session: AsyncSession, params: Params) -> int:
        """Run a write; the number of rows it matched."""
        return (await self._run(session, params))[1]

    async def write_all(self, session: AsyncSession, rows: Sequence[Params]) -> None:
        """The write for each of ``rows``, as one executemany (one round trip on PostgreSQL)."""
        if len(rows) == 1:
            await self.write(session, rows[0])
        elif rows:
            await session.execute(self.statement, rows)

    async def write_alone(self, connection: AsyncConnection, driver: Any, params: Params) -> None:
        """The write on asyncpg outside any transaction: PostgreSQL commits a statement sent
        alone by itself (one round trip, not BEGIN, the write, COMMIT)."""
        from bot.db import asyncpg_direct  # noqa: PLC0415 - only PostgreSQL's bot loads asyncpg

        form = self._form(connection.dialect)
        await asyncpg_direct.alone(connection, driver, form.sql, form.args(params))

    def _form(self, dialect: Dialect) -> Compiled:
        if (form := self.forms.get(dialect.name)) is None:
            form = self.forms[dialect.name] = compile_for(self.statement, dialect)
        return form

    async def _run(self, session: AsyncSession, params: Params) -> tuple[list[Row], int]:
        connection = await joined(session)
        driver = await driver_of(connection)
        if not isinstance(driver, InlineConnection) and not is_asyncpg(driver):  # SQLAlchemy's
            result = await session.execute(self.statement, params)
            found = [tuple(row) for row in result.all()] if self.returns_rows else []
            return found, result.rowcount if isinstance(result, CursorResult) else -1
        orm = session.sync_session
        if orm.autoflush and (orm.new or orm.dirty or orm.deleted):
            await session.flush()  # as session.execute would: the statement sees the ORM's work
        form = self._form(connection.dialect)
        args = form.args(params)
        if isinstance(driver, InlineConnection):
            try:
                raw, count = await driver.run(form.sql, args)
            except sqlite3.Error as error:
                raise DBAPIError.instance(form.sql, args, error, sqlite3.Error) from error
        else:
            from bot.db import asyncpg_direct  # noqa: PLC0415 - see write_alone

            if driver.is_in_transaction() or owned(connection):
                raw, count = await asyncpg_direct.run(
                    connection, driver, form.sql, args, rows=self.returns_rows
                )
            else:  # a transaction's first statement: SQLAlchemy's adapter begins it
                result = await connection.exec_driver_sql(form.sql, tuple(args))
                raw = [tuple(row) for row in result.all()] if self.returns_rows else []
                count = result.rowcount
        return form.rows(raw), count


def insert_row(
    table: Table, *, skip: tuple[str, ...] = ("id",), returning: bool = False
) -> Prepared:
    """An INSERT of a whole row: every column but ``skip``, as a bind parameter of its name."""
    statement = insert(table).values(
        {c.key: bindparam(c.key) for c in table.columns if c.key not in skip}
    )
    return Prepared(statement.returning(table.c.id) if returning else statement)


def scalar_defaults(table: Table, *, skip: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """A row for ``insert_row``: each column's plain Python default, else None."""
    scalar = {c.key: c.default for c in table.columns if c.default and c.default.is_scalar}
    return {
        c.key: getattr(scalar.get(c.key), "arg", None) for c in table.columns if c.key not in skip
    }


def adopt(session: AsyncSession, model: type[M], values: Mapping[str, Any] | Row) -> M:
    """The session's ORM object for a whole row (by attribute name, or in the table's column
    order), as if the ORM had loaded it: about a third cheaper."""
    if isinstance(values, tuple):
        values = dict(zip(sa_inspect(model).local_table.columns.keys(), values, strict=True))
    known = session.identity_map.get(session.identity_key(model, values["id"]))
    if isinstance(known, model):
        for field, value in values.items():
            set_committed_value(known, field, value)
        return known
    adopted = model(**values)
    make_transient_to_detached(adopted)  # nothing for the ORM to write back
    session.add(adopted)
    return adopted
