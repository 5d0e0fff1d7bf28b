"""The value-proposition dialogue as the registry (bot.dialogues) sees it."""

from typing import Any

from bot.dialogues import Dialogue, DialogueSpot
from bot.events import Visit
from bot.value_prop import flow
from bot.value_prop.handlers.answers import current_vp, offer_resume
from bot.value_prop.service import snapshot
from bot.value_prop.states import QUESTION_STATES, VpDialog, field_of_state


def locate(state: str, data: dict[str, Any]) -> DialogueSpot | None:
    if not data.get("vp_id"):
        return None
    return DialogueSpot("vp", int(data["vp_id"]), state.partition(":")[2])


async def offer(visit: Visit, state: str, data: dict[str, Any]) -> bool:
    vp = await current_vp(visit.repo, visit.user, data)
    if vp is None:
        return False
    await offer_resume(visit.message, visit.t, vp, field_of_state(state), draft=None)
    return True


async def resume(visit: Visit, state: str, data: dict[str, Any]) -> bool:
    vp = await current_vp(visit.repo, visit.user, data)
    if vp is None:
        return False
    current = await snapshot(visit.repo, vp)
    field = field_of_state(state)
    if field is None:  # waiting at the review
        await flow.show_review(visit.message, visit.t, visit.state, current)
    else:
        # The example that fits, not one shown before the pause.
        review = {"return_to_review": data.get("return_to_review")}
        await flow.repeat_question(visit.message, visit.t, current, field, review)
    return True


VALUE_PROPOSITION = Dialogue(
    key="vp",
    name="value_prop",
    group=VpDialog,
    resumable=frozenset(
        {state.state for state in QUESTION_STATES.values()} | {VpDialog.review.state}
    ),
    locate=locate,
    offer=offer,
    resume=resume,
)
