"""A consultant and their clients end to end: the admin's invite, Kate's links, linked clients.

The ``admin`` and ``kate`` fixtures live in ``conftest.py``; these are the steps the consultant
tests share.
"""

import re

from tests.e2e.harness import BotRunner, Founder
from tests.e2e.reminders_helpers import e2e_settings
from tests.fakebotapi import FakeBotAPI, SentMessage

ADMIN_ID = 9001
KATE_ID = 9100
LINK = re.compile(r"https://t\.me/\w+\?start=([\w-]+)")


async def make_consultant(runner: BotRunner, admin: Founder, kate: Founder) -> None:
    """The admin sends Kate a consultant invite; she accepts it."""
    await runner.restart(admin_ids=[ADMIN_ID])
    [reply] = await admin.say("/consultant_invite")
    code = LINK.search(reply.plain_text)
    assert code is not None
    await kate.say("/start", count=2)
    await kate.press("Принимаю", count=2)
    [offer] = await kate.say(f"/start {code[1]}")
    assert "стать консультантом" in offer.plain_text
    [done] = await kate.press("Стать консультантом")
    assert "вы консультант" in done.plain_text


async def invite_code(kate: Founder, kind: str = "одного") -> str:
    await kate.say("/invite")
    [reply] = await kate.press(kind)
    code = LINK.search(reply.plain_text)
    assert code is not None
    return code[1]


async def link_client(
    api: FakeBotAPI, kate: Founder, client: Founder, *, fresh: bool = True, idle: bool = False
) -> str:
    """The client consents (if ``fresh``), opens a new one-time link of Kate's and agrees to
    share; Kate is told. ``idle``: then /cancel the name question. Returns the invite code."""
    code = await invite_code(kate)
    if fresh:
        await client.consent()
    await client.say(f"/start {code}")
    await client.press("✅")
    await api.wait_for_messages(kate.id)
    if idle:
        await client.say("/cancel")
    return code


async def join_before_consent(
    api: FakeBotAPI,
    kate: Founder,
    client: Founder,
    *,
    accept: str = "Принимаю",
    share: str = "Да, открыть доступ",
) -> None:
    """A newcomer opens Kate's link first: the notice, then the offer to share; Kate is told."""
    code = await invite_code(kate)
    await client.say(f"/start {code}", count=2)
    await client.press(accept, count=3)
    await client.press(share)
    await api.wait_for_messages(kate.id)


async def schedule_with_clients(
    runner: BotRunner, api: FakeBotAPI, kate: Founder, *clients: Founder, **reminders: object
) -> None:
    """For the consultant Kate: reminders on fast test settings and ``clients`` linked, idle."""
    await runner.restart(admin_ids=[ADMIN_ID], reminders=e2e_settings(**reminders))
    await link_idle(api, kate, *clients)


async def link_idle(api: FakeBotAPI, kate: Founder, *clients: Founder) -> None:
    """Each client consents, links to Kate and leaves the name question (/cancel)."""
    for client in clients:
        await link_client(api, kate, client, idle=True)


async def write_to_client(
    api: FakeBotAPI, writer: Founder, client: Founder, text: str
) -> SentMessage:
    """From a session request's card: "Написать клиенту", the text, "Отправлено."; returns what
    the client got."""
    [ask] = await writer.press("Написать клиенту")
    assert str(client.user.first_name) in ask.plain_text
    [sent] = await writer.say(text)
    assert sent.plain_text == "Отправлено."
    [message] = await api.wait_for_messages(client.id)
    return message


async def export_file(kate: Founder, button: str, period: str = "За всё время") -> bytes:
    """/export, the format's button and the period: the file the consultant gets."""
    await kate.say("/export")
    await kate.press(button)
    [document] = await kate.press(period)
    assert document.document is not None
    return document.document
