"""Rows the export tests build on: a consented founder in Moscow and finished propositions."""

from datetime import datetime
from typing import Any

from bot.db.models import AnswerRevision, User, ValueProposition


def founder_row(user_id: int, at: datetime) -> User:
    """Anna: Russian, in Moscow, consented, created and last seen at ``at``."""
    return User(
        id=user_id,
        first_name="Анна",
        language="ru",
        timezone="Europe/Moscow",
        consent_version=1,
        consent_at=at,
        created_at=at,
        last_seen_at=at,
    )


def finished_proposition(
    user_id: int, name: str, problem: str, at: datetime, **columns: Any
) -> ValueProposition:
    """A proposition finished at ``at`` with a segment (coffee shop owners) and ``problem``."""
    vp = ValueProposition(
        user_id=user_id,
        name=name,
        status="done",
        created_at=at,
        updated_at=at,
        completed_at=at,
        **columns,
    )
    for field, text in (("segment", "Владельцы кофеен"), ("problem", problem)):
        vp.revisions.append(AnswerRevision(field=field, text=text, skipped=False, created_at=at))
    return vp
