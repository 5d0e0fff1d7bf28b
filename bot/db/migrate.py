"""Programmatic alembic: upgrade the database at start, and report the current and head revisions.

``migrations/`` and ``alembic.ini`` live next to the ``bot`` package (in the repository and in the
Docker image alike). Commands run on a connection of bot.db.engine's engine through
``run_sync``, so they work inside a running event loop and SQLite gets the app's pragmas.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from bot.db.engine import create_engine

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"
T = TypeVar("T")


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's Config for our migrations; ``connection`` is what env.py will migrate."""
    if not (MIGRATIONS_DIR / "env.py").is_file():
        msg = f"alembic migrations not found in {MIGRATIONS_DIR}; they ship next to bot/"
        raise FileNotFoundError(msg)
    config = Config(ALEMBIC_INI if ALEMBIC_INI.is_file() else None)
    # Absolute, so the current directory doesn't matter; "%" is configparser's escape.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    # The application configures logging itself; alembic.ini's logging is for the CLI only.
    config.attributes["configure_logging"] = False
    if connection is not None:
        config.attributes["connection"] = connection
    return config


async def _on_connection(database_url: str, work: Callable[[Connection], T]) -> T:
    """``work(connection)`` on a connection of its own engine, disposed of afterwards."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()


async def run_alembic(database_url: str, action: Callable[[Config], None]) -> None:
    """Run ``action(config)`` (e.g. ``lambda c: command.upgrade(c, "head")``) on the database."""
    await _on_connection(database_url, lambda sync: action(alembic_config(sync)))


async def upgrade(database_url: str, revision: str = "head") -> None:
    """Upgrade the database to ``revision``; by default apply every migration not yet applied
    (the app does at start)."""
    await run_alembic(database_url, lambda config: command.upgrade(config, revision))


async def downgrade(database_url: str, revision: str) -> None:
    """Downgrade the database to ``revision`` ("base" removes every table)."""
    await run_alembic(database_url, lambda config: command.downgrade(config, revision))


async def current_revision(database_url: str) -> str | None:
    """The revision the database is at, or None when no migration was ever applied."""
    return await _on_connection(
        database_url,
        lambda connection: MigrationContext.configure(connection).get_current_revision(),
    )


def head_revision() -> str:
    """The newest revision among the migration files."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        msg = f"no migrations in {MIGRATIONS_DIR}"
        raise RuntimeError(msg)
    return head
