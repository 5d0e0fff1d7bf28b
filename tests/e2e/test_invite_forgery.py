"""Invite acceptance proves possession of the code: forged, replayed, raced buttons change nothing.

Invite ids are small sequential numbers; before the fix a founder who sent
``lk1:accept:<id>`` became a consultant or a client without ever seeing the link.
"""

import asyncio
import re

import pytest
from sqlalchemy import select

from bot.db.models import Invite, Role, User
from tests.e2e.harness import BotRunner, Founder
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage, buttons

ADMIN_ID = 9001
LINK = re.compile(r"https://t\.me/\w+\?start=([\w-]+)")


@pytest.fixture
def admin(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=ADMIN_ID, first_name="Админ", language_code="ru"))


@pytest.fixture
def kate(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=9100, first_name="Катя", username="kate_tracker"))


@pytest.fixture
def mallory(api: FakeBotAPI) -> Founder:
    return Founder(api, FakeUser(id=6666, first_name="Mallory", language_code="ru"))


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


async def test_forged_accept_of_a_consultant_invite_is_refused_and_the_link_still_works(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, mallory: Founder
) -> None:
    await runner.restart(admin_ids=[ADMIN_ID])
    code = await new_link(admin, "/consultant_invite")
    invite = await invite_of(runner, code)
    await mallory.consent()
    target = mallory.message_with_button("")  # any bot message with a keyboard will do

    # Guessing: the id with the old data, no token, a made-up token.
    for data in (
        f"lk1:accept:{invite.id}",
        f"lk2:accept:{invite.id}:",
        f"lk2:accept:{invite.id}:{'A' * 22}",
    ):
        await press_forged(api, runner, mallory, target, data)

    # Replaying the button the real invitee was shown: bound to her, useless to Mallory.
    await kate.consent()
    offer = await open_link(kate, code)
    await press_forged(api, runner, mallory, target, accept_data(offer))

    assert (await user_row(runner, mallory.id)).role == Role.FOUNDER
    assert (await invite_of(runner, code)).uses == 0
    done = await accept(kate, offer)  # the link was not used up: Kate still becomes one
    assert done.plain_text == text_of(runner, "cs-link-consultant")
    assert (await user_row(runner, kate.id)).role == Role.CONSULTANT
    assert (await invite_of(runner, code)).uses == 1


async def test_forged_accept_of_a_client_invite_is_refused_and_the_client_still_links(
    runner: BotRunner,
    api: FakeBotAPI,
    admin: Founder,
    kate: Founder,
    anna: Founder,
    mallory: Founder,
) -> None:
    await become_consultant(runner, admin, kate)
    code = await new_link(kate, "/invite", kind="one")  # one client, one use
    invite = await invite_of(runner, code)
    await mallory.consent()
    target = mallory.message_with_button("")
    for data in (f"lk1:accept:{invite.id}", f"lk2:accept:{invite.id}:{'x' * 22}"):
        await press_forged(api, runner, mallory, target, data)

    # Mallory's genuine token for another invite does not open this one.
    other = await new_link(kate, "/invite", kind="multi")
    own_offer = await open_link(mallory, other)
    token = accept_data(own_offer).rsplit(":", 1)[1]
    await press_forged(api, runner, mallory, target, f"lk2:accept:{invite.id}:{token}")

    assert (await user_row(runner, mallory.id)).consultant_id is None
    assert (await invite_of(runner, code)).uses == 0
    await api.wait_for_messages(kate.id, count=0)  # Kate was told nothing

    await anna.consent()
    done = await accept(anna, await open_link(anna, code))
    assert done.plain_text == text_of(runner, "cs-link-linked")
    await api.wait_for_messages(kate.id)  # now Kate hears of her client
    assert (await user_row(runner, anna.id)).consultant_id == kate.id
    assert (await invite_of(runner, code)).uses == 1


async def test_two_people_racing_for_a_one_time_link_get_one_use(
    runner: BotRunner,
    api: FakeBotAPI,
    admin: Founder,
    kate: Founder,
    anna: Founder,
    john: Founder,
) -> None:
    await become_consultant(runner, admin, kate)
    code = await new_link(kate, "/invite", kind="one")
    await anna.consent()
    await john.consent()
    offers = [await open_link(anna, code), await open_link(john, code)]
    presses = [
        api.press(founder.user, offer, accept_data(offer))
        for founder, offer in zip((anna, john), offers, strict=True)
    ]
    answers = await asyncio.gather(*(api.wait_callback_answer(update) for update in presses))
    refused = [answer for answer in answers if answer.text == text_of(runner, "cs-invite-invalid")]
    assert len(refused) == 1
    linked = [
        founder.id
        for founder in (anna, john)
        if (await user_row(runner, founder.id)).consultant_id == kate.id
    ]
    assert len(linked) == 1
    assert (await invite_of(runner, code)).uses == 1
    await api.wait_for_messages(kate.id)  # one "joined" notice
