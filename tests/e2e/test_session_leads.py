"""'Записаться на разбор' without a consultant: a lead for the consultancy's admins."""

import pytest

from tests.e2e.consultant_helpers import write_to_client
from tests.e2e.harness import GOOD_RU, BotRunner, Founder
from tests.fakebotapi import FakeBotAPI, FakeUser

ADMIN_ID = 9001
ROLE_ADMIN_ID = 9002


@pytest.fixture
async def oleg(runner: BotRunner, api: FakeBotAPI) -> Founder:
    """The consultancy's one admin (the bot restarted with his id), who has started the bot."""
    oleg = Founder(api, FakeUser(id=ADMIN_ID, first_name="Олег", language_code="ru"))
    await runner.restart(admin_ids=[ADMIN_ID])
    await oleg.say("/start", count=2)
    return oleg


async def test_request_without_consultant_reaches_every_admin_who_can_answer(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    admin = Founder(api, FakeUser(id=ADMIN_ID, first_name="Олег", language_code="ru"))
    by_role = Founder(api, FakeUser(id=ROLE_ADMIN_ID, first_name="Mary", language_code="en"))
    await runner.restart(admin_ids=[ADMIN_ID, 9999])  # 9999 never wrote to the bot
    await admin.say("/start", count=2)
    await by_role.say("/start", count=2)
    await runner.update_user(ROLE_ADMIN_ID, role="admin")
    await anna.finish_vp()

    [answer] = await anna.press("Записаться на разбор")
    assert answer.plain_text == (
        "Консультанта у вас пока нет, поэтому запрос ушёл команде консалтинга как заявка на "
        "бесплатный разбор. Ответит один из администраторов: Олег, Mary — здесь, в боте."
    )
    lead, card_text, card_image = await api.wait_for_messages(ADMIN_ID, count=3)
    assert "Заявка на бесплатный разбор" in lead.plain_text
    assert "Анна (@anna) просит разобрать ЦП «Кофейни Казани»" in lead.plain_text
    assert GOOD_RU["problem"] in card_text.plain_text
    assert card_image.photo is not None
    [english_lead, _, _] = await api.wait_for_messages(ROLE_ADMIN_ID, count=3)
    assert "Request for a free review session" in english_lead.plain_text

    # The admin answers from the card; the founder gets it in the bot.
    reply = await write_to_client(api, admin, anna, "Бесплатный разбор — в пятницу в 11:00?")
    assert "Бесплатный разбор — в пятницу в 11:00?" in reply.plain_text


@pytest.mark.usefixtures("oleg")
async def test_one_admin_is_named_as_the_one_who_answers(api: FakeBotAPI, anna: Founder) -> None:
    await anna.finish_vp()
    [answer] = await anna.press("Записаться на разбор")
    assert "Ответит Олег — здесь, в боте." in answer.plain_text
    await api.wait_for_messages(ADMIN_ID, count=3)


async def test_with_no_admins_the_founder_is_told_the_request_went_nowhere(
    api: FakeBotAPI, anna: Founder
) -> None:
    await anna.finish_vp()
    calls_before = len(api.calls_of("sendMessage"))
    [answer] = await anna.press("Записаться на разбор")
    assert answer.plain_text.startswith("Запрос не отправлен: консультанта у вас пока нет")
    assert "ссылку-приглашение" in answer.plain_text
    # Only the founder's own answer went out: no card or request to anyone.
    assert [
        int(call.params["chat_id"]) for call in api.calls_of("sendMessage")[calls_before:]
    ] == [anna.id]
    assert int(api.calls_of("sendPhoto")[-1].params["chat_id"]) == anna.id  # her own card only


@pytest.mark.usefixtures("oleg")
async def test_an_admin_who_cannot_be_reached_makes_the_answer_say_so(
    api: FakeBotAPI, anna: Founder
) -> None:
    await anna.finish_vp()
    api.fail_next(
        "sendMessage",
        status=403,
        description="Forbidden: bot was blocked by the user",
        chat_id=ADMIN_ID,
    )
    [answer] = await anna.press("Записаться на разбор")
    assert answer.plain_text.startswith("Консультанта у вас пока нет, а команде консалтинга")
    assert "Попробуйте позже" in answer.plain_text
