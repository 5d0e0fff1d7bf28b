"""aiogram FSM storage in the SQL database (table ``fsm_states``), so a restart loses no dialogue.

One row per storage key holds the state and the data (a JSON object). Inside an update every
operation runs in the update's unit of work (bot.telegram.unit_of_work): a new state is committed
together with the answer that moved it, before the reply goes out, or not at all. Outside an
update each operation is a short transaction of its own. Writes are upserts (INSERT ... ON
CONFLICT DO UPDATE, which SQLite and PostgreSQL both speak); ``update_data`` first takes the
row's write lock with such an upsert, so concurrent updates of one key merge instead of
overwriting each other. A row whose state is None and whose data is empty is deleted.
"""

import json
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from functools import cache
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from sqlalchemy import Table, bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.base import conflict_insert, utcnow
from bot.db.models import FsmRecord
from bot.db.prepared import Prepared
from bot.telegram import unit_of_work

EMPTY_DATA = "{}"


def dump_data(data: Mapping[str, Any]) -> str:
    """``data`` as JSON text; a TypeError when it wouldn't come back unchanged from JSON.

    Tuples, sets, non-string keys, datetimes and the like would silently change (or fail) after
    a restart, so they are refused up front, in every test run too.
    """
    plain = dict(data)
    try:
        text = json.dumps(plain, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as error:
        msg = (
            "FSM data must be JSON-serialisable (str keys; str, number, bool, None, list or dict "
            f"values): {error}"
        )
        raise TypeError(msg) from error
    if json.loads(text) != plain:
        msg = (
            "FSM data must survive a JSON round trip unchanged: use lists instead of tuples and "
            f"str keys only; got {plain!r}"
        )
        raise TypeError(msg)
    return text


def load_data(text: str | None) -> dict[str, Any]:
    loaded = json.loads(text) if text else {}
    if not isinstance(loaded, dict):
        msg = f"fsm_states.data holds {type(loaded).__name__}, not a JSON object"
        raise TypeError(msg)
    return loaded


def state_name(state: StateType) -> str | None:
    return state.state if isinstance(state, State) else state


# Every update reads its state and most write one: the statements are prepared once
# (bot.db.prepared).
FSM: Table = FsmRecord.__table__  # type: ignore[assignment]
READ = Prepared(select(FSM.c.state, FSM.c.data).where(FSM.c.key == bindparam("key")))
READ_DATA = Prepared(select(FSM.c.data).where(FSM.c.key == bindparam("key")))
DELETE_IF_EMPTY = Prepared(
    delete(FSM).where(
        FSM.c.key == bindparam("key"), FSM.c.state.is_(None), FSM.c.data == EMPTY_DATA
    )
)


@cache
def upsert_statement(dialect: str, fields: tuple[str, ...]) -> Prepared:
    """INSERT of a whole row that, when ``key`` exists, updates ``fields`` and updated_at."""
    row: dict[str, Any] = {
        name: bindparam(name) for name in ("key", "state", "data", "updated_at")
    }
    statement = conflict_insert(dialect, FSM).values(row)
    changed = {name: statement.excluded[name] for name in (*fields, "updated_at")}
    return Prepared(statement.on_conflict_do_update(index_elements=["key"], set_=changed))


async def upsert(session: AsyncSession, key: str, **values: Any) -> None:
    """Insert the row for ``key`` or update ``values`` (plus updated_at) in the existing one."""
    statement = upsert_statement(session.get_bind().dialect.name, tuple(sorted(values)))
    row = {"state": None, "data": EMPTY_DATA, **values, "key": key, "updated_at": utcnow()}
    await statement.write(session, row)


class SqlStorage(BaseStorage):
    """FSM storage over the app's SQL database; see the module docstring."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        key_builder: KeyBuilder | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.key_builder = key_builder or DefaultKeyBuilder(with_bot_id=True, with_destiny=True)
        self._engine = session_factory.kw["bind"].sync_engine

    def _key(self, key: StorageKey) -> str:
        return self.key_builder.build(key)

    def _joined(self) -> AsyncSession | None:
        """The session of the update being handled, when it is on this storage's database."""
        uow = unit_of_work.current()
        if uow is None or uow.connection.engine.sync_engine is not self._engine:
            return None
        return uow.session

    @asynccontextmanager
    async def _session(self, *, write: bool = False) -> AsyncIterator[AsyncSession]:
        """Inside an update, its session (committed with the update); else a session of its
        own, in a transaction when ``write``."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        async with self.session_factory() as session:
            if not write:
                yield session
                return
            async with session.begin():
                yield session

    async def _put(self, key: StorageKey, **values: Any) -> None:
        """Upsert ``values``; delete the row when what was written leaves it empty."""
        row_key = self._key(key)
        async with self._session(write=True) as session:
            await upsert(session, row_key, **values)
            if values.get("state") is None and values.get("data", EMPTY_DATA) == EMPTY_DATA:
                await DELETE_IF_EMPTY.write(session, {"key": row_key})

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._put(key, state=state_name(state))

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self.get_record(key))[0]

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._put(key, data=dump_data(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return (await self.get_record(key))[1]

    async def get_record(self, key: StorageKey) -> tuple[str | None, dict[str, Any]]:
        """State and data in one query (what get_state and get_data would return)."""
        async with self._session() as session:
            row = await READ.row(session, {"key": self._key(key)})
        if row is None:
            return None, {}
        return row[0], load_data(row[1])

    async def set_state_and_data(
        self, key: StorageKey, state: StateType, data: Mapping[str, Any]
    ) -> None:
        """set_state and set_data in one transaction (one statement)."""
        await self._put(key, state=state_name(state), data=dump_data(data))

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        dump_data(data)  # refuse bad values before touching the database
        row_key = self._key(key)
        async with self._session(write=True) as session:
            # The upsert comes first so this transaction holds the write lock (SQLite) or the
            # row lock (PostgreSQL) before reading: a concurrent update_data waits, then reads
            # what this one wrote.
            await upsert(session, row_key)
            current = load_data((await READ_DATA.rows(session, {"key": row_key}))[0][0])
            current.update(data)
            text = dump_data(current)
            await upsert(session, row_key, data=text)
            if text == EMPTY_DATA:
                await DELETE_IF_EMPTY.write(session, {"key": row_key})
        return current.copy()

    async def close(self) -> None:
        """Nothing to release: the engine belongs to the composition root, which disposes it."""
