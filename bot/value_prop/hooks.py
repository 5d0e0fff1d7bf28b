"""Value proposition's subscriptions to onboarding: the first question, a draft to go on with."""

from bot.events import Events
from bot.onboarding.events import Consented, StartedIdle
from bot.telegram.keyboards import inline
from bot.value_prop import flow
from bot.value_prop.callbacks import VpOpenCb
from bot.value_prop.render import quote


async def ask_name(event: Consented) -> None:
    """Consent given: the dialogue starts with the proposition's name."""
    await flow.ask_name(event.message, event.t, event.state)


async def offer_draft(event: StartedIdle) -> None:
    """/start outside a dialogue: offer the latest unfinished proposition, if any."""
    draft = await event.repo.value_props.latest_draft(event.user.id)
    if draft is not None:
        t = event.t
        await event.message.answer(
            t("start-draft-offer", name=quote(draft.name)),
            reply_markup=inline([[(t("btn-continue"), VpOpenCb(vp=draft.id))]]),
        )


def subscribe_onboarding(events: Events) -> None:
    events.subscribe(Consented, ask_name)
    events.subscribe(StartedIdle, offer_draft)
