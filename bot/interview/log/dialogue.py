"""Logging an interview as the registry (bot.dialogues) sees it.

Adding a question to the script is not a dialogue to come back to, so it is not resumable.
"""

from typing import Any

from bot.dialogues import Dialogue, DialogueSpot
from bot.events import Visit
from bot.interview.callbacks import IvItemCb
from bot.interview.log import flow
from bot.interview.states import InterviewDialog
from bot.telegram.keyboards import Button, inline
from bot.value_prop.owned import finished_vp


def locate(state: str, data: dict[str, Any]) -> DialogueSpot | None:
    if not data.get("vp_id"):
        return None
    interview = int(data["iv_id"]) if data.get("iv_id") else None
    return DialogueSpot("iv", int(data["vp_id"]), state.partition(":")[2], interview)


async def offer(visit: Visit, state: str, data: dict[str, Any]) -> bool:
    if not data.get("iv_id"):
        return False
    resume: Button = (visit.t("btn-continue"), IvItemCb(action="resume", iv=int(data["iv_id"])))
    await visit.message.answer(visit.t("start-interview-offer"), reply_markup=inline([[resume]]))
    return True


async def resume(visit: Visit, state: str, data: dict[str, Any]) -> bool:
    if state == InterviewDialog.respondent.state:
        vp = await finished_vp(visit.repo, visit.user, int(data.get("vp_id") or 0))
        if vp is None:
            return False
        await flow.ask_respondent(visit.message, visit, vp)
        return True
    return await flow.resume_logged(visit.message, visit, visit.events)


LOGGING = Dialogue(
    key="iv",
    name="interview",
    group=InterviewDialog,
    resumable=frozenset(
        {state.state for state in InterviewDialog.__all_states__}
        - {InterviewDialog.question.state}
    ),
    locate=locate,
    offer=offer,
    resume=resume,
)
