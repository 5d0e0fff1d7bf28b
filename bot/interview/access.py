"""Ownership for interview buttons, as kinds for ``Owned``: only the founder's own finished
propositions, their interviews and the questions of their scripts."""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.db.models import Interview, User, ValueProposition
from bot.db.repositories import Repositories
from bot.telegram.ownership import Claim
from bot.value_prop.owned import finished_vp


async def own_interview(
    repo: Repositories, user: User, interview_id: int
) -> tuple[ValueProposition, Interview] | None:
    interview = await repo.interviews.interview(interview_id)
    if interview is None:
        return None
    vp = await finished_vp(repo, user, interview.value_proposition_id)
    return None if vp is None else (vp, interview)


@dataclass(frozen=True)
class OwnInterview:
    """The interview the button's ``iv`` names, of the founder's own finished proposition;
    injects ``vp`` and ``interview``. ``in_dialogue``: only the one being logged (``iv_id``);
    for a typed answer it is always that one."""

    in_dialogue: bool = False

    async def __call__(self, claim: Claim) -> Mapping[str, object] | None:
        logged = (await claim.state.get_data()).get("iv_id")
        iv_id = logged if claim.button is None else getattr(claim.button, "iv", None)
        if not isinstance(iv_id, int) or (self.in_dialogue and logged != iv_id):
            return None
        found = await own_interview(claim.repo, claim.user, iv_id)
        return None if found is None else {"vp": found[0], "interview": found[1]}


async def script_question(claim: Claim) -> Mapping[str, object] | None:
    """A question of the script of the founder's own finished proposition (not of another
    script); injects ``vp``, ``script`` and ``question``."""
    vp = await finished_vp(claim.repo, claim.user, claim.button.vp)
    script = await claim.repo.interviews.script_for(vp.id) if vp else None
    question = await claim.repo.interviews.question(claim.button.q)
    if script is None or question is None or question.script_id != script.id:
        return None
    return {"vp": vp, "script": script, "question": question}


INTERVIEW = OwnInterview()
LOGGED_INTERVIEW = OwnInterview(in_dialogue=True)
