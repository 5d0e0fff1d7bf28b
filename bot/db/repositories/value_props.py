"""Value propositions and the revision history of their answers."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from bot.db.models import AnswerRevision, ValueProposition, VpStatus
from bot.db.prepared import Prepared, adopt, insert_row, scalar_defaults

# Every answer runs these: prepared once (bot.db.prepared); the writes are plain statements
# rather than the ORM's flush (see bot.db.repositories.users).
REVISIONS: Table = AnswerRevision.__table__  # type: ignore[assignment]
PROPOSITIONS: Table = ValueProposition.__table__  # type: ignore[assignment]
ADD_REVISION = insert_row(REVISIONS)
HISTORY = Prepared(  # every answer is checked against the others: plain rows, no ORM objects
    select(REVISIONS.c.field, REVISIONS.c.text, REVISIONS.c.skipped, REVISIONS.c.kept_finding)
    .where(REVISIONS.c.value_proposition_id == bindparam("vp_id"))
    .order_by(REVISIONS.c.id)
)
OWNED = Prepared(  # ownership is part of the query: another's proposition is simply not found
    select(PROPOSITIONS).where(
        PROPOSITIONS.c.id == bindparam("vp_id"), PROPOSITIONS.c.user_id == bindparam("user_id")
    )
)
NEW_PROPOSITION = scalar_defaults(PROPOSITIONS)
CREATE = insert_row(PROPOSITIONS, returning=True)
TOUCH = Prepared(
    update(PROPOSITIONS)
    .where(PROPOSITIONS.c.id == bindparam("vp_id"))
    .values(updated_at=bindparam("now"))
)
# PostgreSQL adds the revision and touches its proposition in one statement (the touch as a
# data-modifying WITH, which SQLite lacks): one round trip per answer instead of two.
REVISE = Prepared(
    insert_row(REVISIONS).statement.add_cte(
        update(PROPOSITIONS)
        .where(PROPOSITIONS.c.id == bindparam("value_proposition_id"))
        .values(updated_at=bindparam("created_at"))
        .cte("touch")
    )
)


@dataclass(frozen=True, slots=True)
class Revision:
    """One version of one field's answer, as the dialogue reads it."""

    field: str
    text: str | None
    skipped: bool
    kept_finding: str | None


class ValuePropRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self,
        *,
        user_id: int,
        name: str,
        now: datetime,
        version: int = 1,
        parent_id: int | None = None,
    ) -> ValueProposition:
        values = NEW_PROPOSITION | {"user_id": user_id, "name": name, "status": VpStatus.DRAFT}
        values |= {
            "created_at": now,
            "updated_at": now,
            "version": version,
            "parent_id": parent_id,
        }
        ((values["id"],),) = await CREATE.rows(self.session, values)
        return adopt(self.session, ValueProposition, values)

    async def get(self, vp_id: int) -> ValueProposition | None:
        return await self.session.get(ValueProposition, vp_id)

    async def owned(self, vp_id: int, user_id: int) -> ValueProposition | None:
        """The value proposition if it exists AND belongs to ``user_id``; never another's (a
        prepared query: every answer and button of a proposition comes here)."""
        row = await OWNED.row(self.session, {"vp_id": vp_id, "user_id": user_id})
        return None if row is None else adopt(self.session, ValueProposition, row)

    async def all_for_user(
        self, user_id: int, *, abandoned: bool = True
    ) -> Sequence[ValueProposition]:
        """The user's propositions and versions by id; without started-over ones when
        ``abandoned`` is False."""
        query = select(ValueProposition).where(ValueProposition.user_id == user_id)
        if not abandoned:
            query = query.where(ValueProposition.status != VpStatus.ABANDONED)
        return (await self.session.scalars(query.order_by(ValueProposition.id))).all()

    async def latest_draft(self, user_id: int) -> ValueProposition | None:
        return await self.session.scalar(
            select(ValueProposition)
            .where(
                ValueProposition.user_id == user_id,
                ValueProposition.status.in_([VpStatus.DRAFT, VpStatus.REVIEW]),
            )
            .order_by(ValueProposition.updated_at.desc(), ValueProposition.id.desc())
            .limit(1)
        )

    async def add_revision(
        self,
        vp: ValueProposition,
        *,
        field: str,
        text: str | None,
        skipped: bool,
        now: datetime,
        kept_finding: str | None = None,
    ) -> None:
        """Add a version of ``field``'s answer, and mark the proposition updated."""
        revision = {"field": field, "text": text, "skipped": skipped, "created_at": now}
        row = {"value_proposition_id": vp.id, "kept_finding": kept_finding, **revision}
        if self.session.get_bind().dialect.name == "postgresql":
            await REVISE.write(self.session, row)
        else:
            await ADD_REVISION.write(self.session, row)
            await TOUCH.write(self.session, {"vp_id": vp.id, "now": now})
        set_committed_value(vp, "updated_at", now)

    async def revisions(self, vp_id: int) -> list[Revision]:
        """The proposition's answers, oldest first (a later one replaces an earlier one)."""
        return [Revision(*row) for row in await HISTORY.rows(self.session, {"vp_id": vp_id})]

    async def latest_revision(self, vp_id: int, field: str) -> AnswerRevision | None:
        return await self.session.scalar(
            select(AnswerRevision)
            .where(AnswerRevision.value_proposition_id == vp_id, AnswerRevision.field == field)
            .order_by(AnswerRevision.id.desc())
            .limit(1)
        )
