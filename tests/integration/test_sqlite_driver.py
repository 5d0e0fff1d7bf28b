"""The aiosqlite adapter that does each statement in one trip to aiosqlite's thread."""

from collections.abc import AsyncIterator
from pathlib import Path
from unittest import mock

import aiosqlite
import pytest
from sqlalchemy import Integer, String, UniqueConstraint, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.db.engine import create_engine, create_session_factory
from bot.db.sqlite_driver import OneTripConnection


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/driver.db")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield engine
    await engine.dispose()


async def test_the_app_engine_uses_the_one_trip_adapter(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        assert isinstance(raw.dbapi_connection, OneTripConnection)
        assert isinstance(raw.driver_connection, aiosqlite.Connection)
        mode = await connection.scalar(text("PRAGMA journal_mode"))
        assert mode == "wal"


async def test_rows_ids_counts_and_orm_round_trip(engine: AsyncEngine) -> None:
    session_factory = create_session_factory(engine)
    async with session_factory() as session:
        session.add_all([Item(name="a"), Item(name="b")])
        await session.flush()
        ids = [item.id for item in (await session.scalars(select(Item))).all()]
        assert ids == [1, 2]
        result = await session.execute(update(Item).values(name=Item.name + "!"))
        assert result.rowcount == 2  # type: ignore[attr-defined]
        await session.execute(insert(Item), [{"name": "c"}, {"name": "d"}, {"name": "e"}])
        await session.commit()
    async with session_factory() as session:
        names = (await session.scalars(select(Item.name).order_by(Item.id))).all()
        assert names == ["a!", "b!", "c", "d", "e"]
        stream = await session.stream(select(Item.name).order_by(Item.id))
        streamed = [row.name async for row in stream]
        assert len(streamed) == 5
        assert await session.scalar(select(Item.name).where(Item.id == 99)) is None


async def test_errors_keep_their_types_and_the_transaction_rolls_back(engine: AsyncEngine) -> None:
    session_factory = create_session_factory(engine)
    async with session_factory() as session:
        session.add(Item(name="same"))
        await session.commit()
    async with session_factory() as session:
        session.add(Item(name="same"))
        with pytest.raises(IntegrityError):
            await session.commit()
        await session.rollback()
        assert await session.scalar(select(Item.name)) == "same"


async def test_a_statement_is_one_trip_to_the_thread(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(insert(Item).values(name="x"))
        real = aiosqlite.Connection._execute
        with mock.patch.object(
            aiosqlite.Connection, "_execute", autospec=True, side_effect=real
        ) as trips:
            rows = (await connection.execute(select(Item.id, Item.name))).all()
        assert rows == [(1, "x")]
        assert trips.call_count == 1
