"""Invite acceptance proves possession of the code: forged, replayed, raced buttons change nothing.

Invite ids are small sequential numbers; before the fix a founder who sent
``lk1:accept:<id>`` became a consultant or a client without ever seeing the link.
"""

import asyncio

from bot.db.models import Role
from tests.e2e.consultant_helpers import ADMIN_ID
from tests.e2e.harness import BotRunner, Founder
from tests.e2e.invite_helpers import (
    accept,
    accept_data,
    invite_of,
    new_link,
    open_link,
    press_forged,
    text_of,
    user_row,
)
from tests.fakebotapi import FakeBotAPI


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
    kate: Founder,
    mallory: Founder,
    anna: Founder,
    client_link: str,
) -> None:
    code = client_link  # one client, one use
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
    kate: Founder,
    mallory: Founder,
    anna: Founder,
    client_link: str,
) -> None:
    # Mallory and Anna both write in Russian: one refusal text to look for.
    code = client_link
    await anna.consent()
    await mallory.consent()
    offers = [await open_link(anna, code), await open_link(mallory, code)]
    presses = [
        api.press(founder.user, offer, accept_data(offer))
        for founder, offer in zip((anna, mallory), offers, strict=True)
    ]
    answers = await asyncio.gather(*(api.wait_callback_answer(update) for update in presses))
    refused = [answer for answer in answers if answer.text == text_of(runner, "cs-invite-invalid")]
    assert len(refused) == 1
    linked = [
        founder.id
        for founder in (anna, mallory)
        if (await user_row(runner, founder.id)).consultant_id == kate.id
    ]
    assert len(linked) == 1
    assert (await invite_of(runner, code)).uses == 1
    await api.wait_for_messages(kate.id)  # one "joined" notice
