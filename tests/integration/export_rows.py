"""Rows the export tests build on: a consented founder in Moscow and finished propositions."""

from datetime import datetime
from typing import Any

from bot.db.models import AnswerRevision, User, ValueProposition


def founder_row(user_id: int, at: datetime) -> User:
    """Anna: Russian, in Moscow, consented, created and last seen at ``at``."""
    place = {"language": "ru", "timezone": "Europe/Moscow"}
    times = {"consent_at": at, "created_at": at, "last_seen_at": at}
    return User(id=user_id, first_name="Анна", consent_version=1, **place, **times)


def finished_proposition(
    user_id: int, name: str, problem: str, at: datetime, **columns: Any
) -> ValueProposition:
    """A proposition finished at ``at`` with a segment (coffee shop owners) and ``problem``."""
    times = {"created_at": at, "updated_at": at, "completed_at": at}
    vp = ValueProposition(user_id=user_id, name=name, status="done", **times, **columns)
    for field, text in (("segment", "Владельцы кофеен"), ("problem", problem)):
        vp.revisions.append(AnswerRevision(field=field, text=text, skipped=False, created_at=at))
    return vp
