"""Helpers of the invite and ownership tests: an admin, a consultant, a forger; invite links;
pressing buttons by their data rather than their wording.
"""

from sqlalchemy import select

from bot.db.models import Invite, Role, User
from tests.e2e.consultant_helpers import ADMIN_ID, LINK
from tests.e2e.harness import BotRunner, Founder
from tests.fakebotapi import FakeBotAPI, SentMessage, buttons


def text_of(runner: BotRunner, key: str) -> str:
    assert runner.app is not None
    return runner.app.i18n.get("ru")(key)


def accept_data(offer: SentMessage) -> str:
    """The callback data of the accept button under an invite offer."""
    found = [b.callback_data for b in buttons(offer) if (b.callback_data or "").startswith("lk")]
    assert found, offer.plain_text
    return str(found[0])


async def invite_of(runner: BotRunner, code: str) -> Invite:
    [invite] = await runner.rows(select(Invite).where(Invite.code == code))
    return invite


async def user_row(runner: BotRunner, user_id: int) -> User:
    [user] = await runner.rows(select(User).where(User.id == user_id))
    return user


async def new_link(founder: Founder, command: str, kind: str | None = None) -> str:
    """A new invite link; ``kind`` ("one", "multi") picks the client link's button."""
    [reply] = await founder.say(command)
    if kind is not None:
        founder.api.press(founder.user, reply, f"cs1:invite:0:{kind}")
        [reply] = await founder.api.wait_for_messages(founder.id)
    code = LINK.search(reply.plain_text)
    assert code is not None, reply.plain_text
    return code[1]


async def open_link(founder: Founder, code: str) -> SentMessage:
    """A consented user opens an invite link; the offer with its buttons."""
    [offer] = await founder.say(f"/start {code}")
    return offer


async def press_forged(
    api: FakeBotAPI, runner: BotRunner, founder: Founder, target: SentMessage, data: str
) -> None:
    """A modified client sends ``data``: a neutral answer, no message, nothing else."""
    update = api.press(founder.user, target, data, forged=True)
    answer = await api.wait_callback_answer(update)
    neutral = {text_of(runner, "cs-invite-invalid"), text_of(runner, "stale-button")}
    assert answer.text in neutral, (data, answer.text)
    await api.wait_for_messages(founder.id, count=0)


async def accept(founder: Founder, offer: SentMessage) -> SentMessage:
    founder.api.press(founder.user, offer, accept_data(offer))
    [done] = await founder.api.wait_for_messages(founder.id)
    return done


async def become_consultant(runner: BotRunner, admin: Founder, kate: Founder) -> None:
    await runner.restart(admin_ids=[ADMIN_ID])
    code = await new_link(admin, "/consultant_invite")
    await kate.consent()
    await accept(kate, await open_link(kate, code))
    assert (await user_row(runner, kate.id)).role == Role.CONSULTANT
