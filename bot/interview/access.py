"""Ownership checks for interview buttons: only the founder's own propositions and interviews."""

from typing import Any

from aiogram.filters import Filter
from aiogram.types import CallbackQuery, Message

from bot.db.models import Interview, User, ValueProposition, VpStatus
from bot.db.repositories import Repositories


async def finished_vp(repo: Repositories, user: User, vp_id: int) -> ValueProposition | None:
    """The founder's own finished proposition (interviews test finished ones only)."""
    vp = await repo.value_props.owned(vp_id, user.id)
    return vp if vp is not None and vp.status == VpStatus.DONE else None


async def own_interview(
    repo: Repositories, user: User, interview_id: int
) -> tuple[ValueProposition, Interview] | None:
    interview = await repo.interviews.interview(interview_id)
    if interview is None:
        return None
    vp = await finished_vp(repo, user, interview.value_proposition_id)
    return None if vp is None else (vp, interview)


class OwnFinishedVp(Filter):
    """Passes a button naming the founder's own finished proposition; injects ``vp`` and the
    button's ``message``. Anything else (stale, forged, someone else's) falls through to the
    fallback router's neutral answer.
    """

    async def __call__(
        self, query: CallbackQuery, repo: Repositories, user: User, **data: Any
    ) -> bool | dict[str, Any]:
        callback_data = data.get("callback_data")
        vp_id = getattr(callback_data, "vp", None)
        if not isinstance(vp_id, int) or not isinstance(query.message, Message):
            return False
        vp = await finished_vp(repo, user, vp_id)
        return False if vp is None else {"vp": vp, "message": query.message}
