"""The proposition a button names, as a kind for ``Owned``: whose is it, is it still current?"""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.db.models import User, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.telegram.ownership import Claim
from bot.value_prop.states import field_of_state


@dataclass(frozen=True)
class Proposition:
    """The pressing user's own proposition named by the button's ``vp``; injects ``vp``.

    ``finished``: only a finished one (interviews, cadences and sessions work on those).
    ``in_dialogue``: only the one the user's dialogue is about (``vp_id`` in the FSM data); also
    injects ``field``, the question the dialogue stands at (None at the review).
    ``at_step``: besides, the button was shown with that question (else the dialogue moved on:
    a stale button or a double tap). ``at_question``: besides, the dialogue stands at a question.
    """

    finished: bool = False
    in_dialogue: bool = False
    at_step: bool = False
    at_question: bool = False

    async def __call__(self, claim: Claim) -> Mapping[str, object] | None:
        if claim.button is None:  # a typed answer: the proposition of the user's dialogue
            vp_id = (await claim.state.get_data()).get("vp_id")
        else:
            vp_id = getattr(claim.button, "vp", None)
        if not isinstance(vp_id, int):
            return None
        found: dict[str, object] = {}
        if self.in_dialogue:
            if (await claim.state.get_data()).get("vp_id") != vp_id:
                return None
            field = field_of_state(await claim.state.get_state())
            moved_on = self.at_step and (field.value if field else "") != claim.button.field
            if moved_on or (self.at_question and field is None):
                return None
            found["field"] = field
        vp = await claim.repo.value_props.owned(vp_id, claim.user.id)
        if vp is None or (self.finished and vp.status != VpStatus.DONE):
            return None
        return {"vp": vp, **found}


async def finished_vp(repo: Repositories, user: User, vp_id: int) -> ValueProposition | None:
    """The founder's own finished proposition (interviews test finished ones only)."""
    vp = await repo.value_props.owned(vp_id, user.id)
    return vp if vp is not None and vp.status == VpStatus.DONE else None


ANY_VP = Proposition()
FINISHED_VP = Proposition(finished=True)
DIALOGUE_VP = Proposition(in_dialogue=True)
STEP_VP = Proposition(in_dialogue=True, at_step=True)
QUESTION_VP = Proposition(in_dialogue=True, at_step=True, at_question=True)
FINISHED_DIALOGUE_VP = Proposition(finished=True, in_dialogue=True)
