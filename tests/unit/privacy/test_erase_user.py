"""erase_user: the user's row and everything hanging off it go; others keep theirs."""

import hashlib

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.base import Base
from bot.db.models import Deletion, User, ValueProposition
from bot.privacy.deletion import DELETION_SALT, deletion_hash, erase_user
from tests.unit.privacy.seed_rows import CONSULTANT, FOUNDER, OTHER, T0


async def _rows_mentioning(session: AsyncSession, user_id: int) -> dict[str, int]:
    """Rows per table with ``user_id`` in any column that references users (or is users.id)."""
    found: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        columns = [
            column
            for column in table.columns
            if (table.name == "users" and column.name == "id")
            or any(fk.column.table.name == "users" for fk in column.foreign_keys)
        ]
        for column in columns:
            count = await session.scalar(
                select(func.count()).select_from(table).where(column == user_id)
            )
            if count:
                found[f"{table.name}.{column.name}"] = int(count)
    return found


async def test_erasing_a_founder_leaves_only_the_deletion_record(
    seeded: None, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    async with session_factory() as session:
        assert await _rows_mentioning(session, FOUNDER)  # the seed really holds data
        user = await session.get(User, FOUNDER)
        assert user is not None
        record = await erase_user(session, user, now=T0)
        await session.commit()
        # The loaded object no longer counts as consenting: nothing is logged for it later.
        assert not user.has_consent
        assert record.user_hash == deletion_hash(FOUNDER)
    async with session_factory() as session:
        assert await _rows_mentioning(session, FOUNDER) == {}
        [kept] = (await session.scalars(select(Deletion))).all()
        assert kept.deleted_at == T0
        assert kept.user_hash != hashlib.sha256(str(FOUNDER).encode()).hexdigest()
        # Other people's data is untouched.
        assert await session.get(User, OTHER) is not None
        assert await session.get(User, CONSULTANT) is not None
        other_vps = await session.scalar(
            select(func.count())
            .select_from(ValueProposition)
            .where(ValueProposition.user_id == OTHER)
        )
        assert other_vps == 1


async def test_erasing_a_consultant_unlinks_their_clients(
    seeded: None, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    async with session_factory() as session:
        consultant = await session.get(User, CONSULTANT)
        assert consultant is not None
        await erase_user(session, consultant, now=T0)
        await session.commit()
    async with session_factory() as session:
        assert await _rows_mentioning(session, CONSULTANT) == {}
        client = await session.get(User, FOUNDER)
        assert client is not None
        assert client.consultant_id is None
        assert await _rows_mentioning(session, FOUNDER)  # the client's own data stays


def test_hash_is_salted_sha256_of_the_id() -> None:
    expected = hashlib.sha256(DELETION_SALT + b"5001").hexdigest()
    assert deletion_hash(5001) == expected
    assert len(deletion_hash(5001)) == 64
    assert deletion_hash(5001) != deletion_hash(5002)
