"""Hot-path statements compiled once and, on SQLite, run on the session's own driver connection.

Every update runs the same dozen statements. SQLAlchemy runs a cached Core statement for about
130 µs of CPU (an execution context, result metadata, events), where ``sqlite3`` takes about 20
(``bench/statement_cost.py``). A ``Prepared`` statement is compiled once per dialect with
SQLAlchemy's public compiler: its SQL text, the order of its parameters and its types' value
processors. On the bot's SQLite engine (bot.db.sqlite_inline) it then runs on the connection
the session already holds, inside the session's transaction: the session's commit makes it
durable, its rollback takes it back, and the unit of work knows it wrote (``WROTE``). On any
other engine (PostgreSQL) it is the same statement through ``session.execute``.

Rows come back as plain tuples, in the order of the statement's columns.
"""

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import CursorResult, Select, UpdateBase
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.compiler import SQLCompiler

from bot.db.sqlite_inline import InlineConnection
from bot.db.unit_of_work import WROTE

INLINE = "vp_inline_driver"  # Connection.info key: the InlineConnection under it, or None
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

    def args(self, params: Mapping[str, Any]) -> list[Any]:
        values = []
        for name, process in zip(self.names, self.binds, strict=True):
            value = params[name] if name in params else self.defaults[name]
            values.append(value if process is None else process(value))
        return values

    def rows(self, raw: list[Any]) -> list[tuple[Any, ...]]:
        if not any(self.results):
            return raw
        return [
            tuple(v if p is None else p(v) for p, v in zip(self.results, row, strict=True))
            for row in raw
        ]


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


async def inline_driver(connection: AsyncConnection) -> InlineConnection | None:
    """The InlineConnection under ``connection``, remembered for the DBAPI connection's life."""
    info = connection.info
    if INLINE not in info:
        driver = (await connection.get_raw_connection()).driver_connection
        info[INLINE] = driver if isinstance(driver, InlineConnection) else None
    return info[INLINE]  # type: ignore[no-any-return]


class Prepared:
    """A Core statement run in a session (see the module docstring)."""

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self.returns_rows = bool(statement.exported_columns)
        self.forms: dict[str, Compiled] = {}

    async def rows(self, session: AsyncSession, params: Params) -> list[Row]:
        return (await self._run(session, params, write=False))[0]

    async def row(self, session: AsyncSession, params: Params) -> Row | None:
        found = await self.rows(session, params)
        return found[0] if found else None

    async def write(self, session: AsyncSession, params: Mapping[str, Any]) -> int:
        """Run a write; the number of rows it matched."""
        return (await self._run(session, params, write=True))[1]

    async def _run(
        self, session: AsyncSession, params: Mapping[str, Any], *, write: bool
    ) -> tuple[list[tuple[Any, ...]], int]:
        connection = await session.connection()  # begins the session's transaction
        driver = await inline_driver(connection)
        if driver is None:
            result = await session.execute(self.statement, params)
            found = [tuple(row) for row in result.all()] if self.returns_rows else []
            return found, result.rowcount if isinstance(result, CursorResult) else -1
        if write:
            session.info[WROTE] = True
        form = self.forms.get(connection.dialect.name)
        if form is None:
            form = self.forms[connection.dialect.name] = compile_for(
                self.statement, connection.dialect
            )
        args = form.args(params)
        try:
            raw, count = await driver.run(form.sql, args)
        except sqlite3.Error as error:
            raise DBAPIError.instance(form.sql, args, error, sqlite3.Error) from error
        return form.rows(raw), count


def adopt(session: AsyncSession, model: type[M], values: dict[str, Any]) -> M:
    """The session's ORM object for a row read with a prepared statement (``values``: every
    column, by attribute name), as if the ORM had loaded it: about a third cheaper."""
    known = session.identity_map.get(session.identity_key(model, values["id"]))
    if isinstance(known, model):
        for field, value in values.items():
            set_committed_value(known, field, value)
        return known
    adopted = model(**values)
    make_transient_to_detached(adopted)  # nothing for the ORM to write back
    session.add(adopted)
    return adopted
