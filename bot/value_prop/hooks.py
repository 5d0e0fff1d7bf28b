"""Value proposition's hooks (wired in bot.wiring): what it tells others, what it listens to.

It tells that a proposition is finished; it listens to onboarding to ask the first question
after consent and to offer a draft on a plain /start.
"""

from dataclasses import dataclass

from aiogram import Bot

from bot.db.models import User
from bot.db.repositories import Repositories
from bot.events import Events
from bot.onboarding.events import Consented, StartedIdle
from bot.telegram.keyboards import inline
from bot.value_prop import flow
from bot.value_prop.callbacks import VpOpenCb
from bot.value_prop.render import quote


@dataclass(frozen=True)
class PropositionFinished:
    """A founder confirmed their proposition: the card has just been sent to them."""

    bot: Bot
    repo: Repositories
    founder: User
    name: str  # as the founder typed it (not escaped)


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
