"""Alembic environment: async engine from bot.db.engine, batch mode on SQLite, typed comparisons.

The database URL comes from, in order: a connection handed over in
``config.attributes["connection"]`` (bot.db.migrate and the tests), ``-x url=...`` on the command
line, a ``sqlalchemy.url`` main option set programmatically, the application's Settings
(DATABASE_URL or .env).
"""

import asyncio
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.types import TypeDecorator

from bot.db import models  # noqa: F401  (imported for its side effect: the tables on Base.metadata)
from bot.db.base import Base
from bot.db.engine import create_engine

config = context.config
target_metadata = Base.metadata

# Only the alembic command line configures logging: an application calling alembic keeps its own.
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    """The URL to migrate when no connection was handed over."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if url:
        return url
    from bot.config import Settings  # noqa: PLC0415  (only needed on this path; reads .env)

    return Settings().database_url


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render the application's TypeDecorators as their plain SQLAlchemy implementation type.

    Revision files then never import bot code, and changing what a decorator does in Python needs
    no migration. E.g. ``UTCDateTime`` becomes ``sa.DateTime(timezone=True)``.
    """
    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl_instance
        if type(impl).__module__ == "sqlalchemy.sql.sqltypes":
            autogen_context.imports.add("import sqlalchemy as sa")
            return f"sa.{impl!r}"
    return False


def configure_options(dialect_name: str) -> dict[str, Any]:
    """Options shared by online, offline and autogenerate runs."""
    return {
        "target_metadata": target_metadata,
        # SQLite can't ALTER most things; batch mode recreates the table instead.
        "render_as_batch": dialect_name == "sqlite",
        "compare_type": True,
        "render_item": render_item,
    }


@contextmanager
def sqlite_foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Switch SQLite foreign keys off while migrating, then check them and switch them back on.

    Batch mode recreates a table by copying it and dropping the original; with foreign keys on,
    that DROP would run ON DELETE CASCADE on every referencing row (see "Making Other Kinds Of
    Table Schema Changes" in https://www.sqlite.org/lang_altertable.html). The pragma is a no-op
    inside a transaction, so it is set and committed before alembic begins one.
    """
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
        yield
        violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if violations:
            msg = f"migrations left rows violating foreign keys: {violations[:10]}"
            raise RuntimeError(msg)
    finally:
        connection.rollback()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def do_run_migrations(connection: Connection) -> None:
    dialect_name = connection.dialect.name
    guard: AbstractContextManager[None] = nullcontext()
    if dialect_name == "sqlite" and not connection.in_transaction():
        guard = sqlite_foreign_keys_off(connection)
    with guard:
        context.configure(connection=connection, **configure_options(dialect_name))
        with context.begin_transaction():
            context.run_migrations()


async def run_async_migrations(url: str) -> None:
    # bot.db.engine's engine, so SQLite gets the same pragmas (WAL, busy timeout) as the app.
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(do_run_migrations)
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        do_run_migrations(connection)
    else:
        asyncio.run(run_async_migrations(database_url()))


def run_migrations_offline() -> None:
    url = database_url()
    context.configure(
        url=url,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **configure_options(make_url(url).get_backend_name()),
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
