"""Users: registration on first contact, profile refresh, consent and language."""

from datetime import datetime

from sqlalchemy import Table, Update, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.db.prepared import Prepared, adopt, insert_row, scalar_defaults

# Every update loads its sender and marks them seen: both statements are prepared once
# (bot.db.prepared), the mark is a plain UPDATE rather than a flush of the ORM's unit of work,
# and the ORM object is built from the row rather than loaded by the ORM (docs/decisions.md).
USERS: Table = User.__table__  # type: ignore[assignment]
COLUMNS = tuple(column.key for column in USERS.columns)  # the mapped attributes' names too
LOAD = Prepared(select(USERS).where(USERS.c.id == bindparam("id")))
NEW_USER = scalar_defaults(USERS, skip=())
CREATE = insert_row(USERS, skip=())
SEEN_FIELDS = ("first_name", "last_name", "username", "last_seen_at", "blocked_at")


def _mark_seen() -> Update:
    # A new statement each time: a Prepared reads (and SQLAlchemy remembers) its columns.
    where = USERS.c.id == bindparam("user_id")
    return update(USERS).where(where).values({f: bindparam(f) for f in SEEN_FIELDS})


MARK_SEEN = Prepared(_mark_seen())
# PostgreSQL: both in one statement (a round trip less), the row before the mark joined in.
BEFORE = USERS.alias("before")
LOAD_AND_MARK = Prepared(
    _mark_seen()
    .where(BEFORE.c.id == USERS.c.id)
    .returning(*USERS.c, BEFORE.c.last_seen_at, BEFORE.c.blocked_at)
)


class UserRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def touch(
        self,
        *,
        user_id: int,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language: str,
        now: datetime,
    ) -> tuple[User, datetime | None, bool]:
        """Load or register the user and mark them seen: the user, when they were seen before
        (None when new) and whether they had blocked the bot (they write to it: that is over)."""
        # They wrote to us, so they no longer block the bot (blocked_at None).
        seen = dict(zip(SEEN_FIELDS, (first_name, last_name, username, now, None), strict=True))
        one_statement = self.session.get_bind().dialect.name == "postgresql"
        if one_statement:
            row = await LOAD_AND_MARK.row(self.session, {"user_id": user_id, **seen})
        else:
            row = await LOAD.row(self.session, {"id": user_id})
        if row is None:
            values = NEW_USER | seen | {"id": user_id, "language": language, "created_at": now}
            await CREATE.write(self.session, values)
            return adopt(self.session, User, values), None, False
        stored = dict(zip(COLUMNS, row[: len(COLUMNS)], strict=True))
        if one_statement:
            previous, blocked_at = row[len(COLUMNS) :]
        else:
            previous, blocked_at = stored["last_seen_at"], stored["blocked_at"]
            await MARK_SEEN.write(self.session, {"user_id": user_id, **seen})
        return adopt(self.session, User, stored | seen), previous, blocked_at is not None

    async def give_consent(self, user: User, *, version: int, now: datetime) -> None:
        user.consent_version = version
        user.consent_at = now

    async def set_language(self, user: User, language: str) -> None:
        user.language = language
