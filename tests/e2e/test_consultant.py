"""Consultant workspace end to end: invites, linking, notifications, session request, access."""

import io
import re
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot.db.models import Invite
from tests.e2e.consultant_helpers import (
    invite_code,
    join_before_consent,
    link_client,
    make_consultant,
    write_to_client,
)
from tests.e2e.harness import GOOD_RU, BotRunner, FakeClock, Founder
from tests.fakebotapi import FakeBotAPI


@pytest.mark.usefixtures("consultant")
async def test_client_links_finishes_and_books_a_session(
    api: FakeBotAPI, kate: Founder, anna: Founder
) -> None:
    code = await invite_code(kate)

    # Anna opens the link before consenting: the notice first, then the sharing offer.
    _, notice = await anna.say(f"/start {code}", count=2)
    assert "Уведомление о данных" in notice.plain_text
    _, offer, _ = await anna.press("Принимаю", count=3)
    assert "Консультант Катя (@kate_tracker) приглашает вас" in offer.plain_text
    [linked] = await anna.press("Да, открыть доступ")
    assert "консультант будет видеть" in linked.plain_text
    [joined] = await api.wait_for_messages(kate.id)
    assert joined.plain_text == "🤝 Анна (@anna) теперь среди ваших клиентов."

    await anna.start_vp()
    await anna.answer_all()
    await anna.press("Всё верно", count=3)
    [finished] = await api.wait_for_messages(kate.id)
    assert "Анна (@anna): ЦП «Кофейни Казани» готово" in finished.plain_text

    [sent] = await anna.press("Записаться на разбор")
    assert sent.plain_text == "Запрос отправлен консультанту Катя — ответ придёт здесь, в боте."
    request, card_text, card_image = await api.wait_for_messages(kate.id, count=3)
    assert "Анна (@anna) просит разбор" in request.plain_text
    assert request.plain_text.count("@anna") == 1  # the username is shown once
    assert GOOD_RU["problem"] in card_text.plain_text
    assert card_image.photo is not None
    assert card_image.caption == "Карточка ЦП клиента Анна"

    message = await write_to_client(
        api, kate, anna, "Давайте созвонимся в четверг в 15:00 <b>?</b>"
    )
    assert "Сообщение от консультанта Катя" in message.plain_text
    assert "в 15:00 <b>?</b>" in message.plain_text

    [clients] = await kate.say("/clients")
    assert "Ваши клиенты: 1" in clients.plain_text
    assert "ЦП готово" in clients.plain_text
    report = await kate.press("Анна")
    assert GOOD_RU["segment"] in " ".join(part.plain_text for part in report)
    [funnel] = await kate.press("Воронка")
    assert "Завершили ЦП: 1" in funnel.plain_text


@pytest.mark.usefixtures("consultant")
async def test_exports_reach_the_consultant_as_documents(
    api: FakeBotAPI, kate: Founder, anna: Founder
) -> None:
    await join_before_consent(api, kate, anna)
    await anna.start_vp()
    await anna.answer("segment")

    await kate.say("/export")
    await kate.press("XLSX")
    [document] = await kate.press("За всё время")
    assert document.document is not None
    workbook = load_workbook(io.BytesIO(document.document), read_only=True)
    cells = [
        str(cell)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert GOOD_RU["segment"] in cells
    workbook.close()
    assert re.fullmatch(
        r"vp-coach-clients-\d{4}-\d{2}-\d{2}\.xlsx", document.document_filename or ""
    )
    # The transcript reads as Anna saw it: no markup, no callback data, steps by name.
    transcript = "\n".join(cells)
    assert "<b>" not in transcript
    assert not re.search(r"\[[a-z]+\d*:[^\]\s]*\]", transcript)
    assert "value_prop" not in transcript
    assert "Да, открыть доступ" in transcript  # a button press reads as its label
    assert "Ценностное предложение" in cells
    assert "сегмент" in cells

    await kate.say("/clients")
    await kate.press("Анна")
    await kate.press("📤 Выгрузить клиента")
    await kate.press("CSV")
    [archive] = await kate.press("За всё время")
    assert re.fullmatch(r"vp-coach-anna-\d{4}-\d{2}-\d{2}\.zip", archive.document_filename or "")


@pytest.mark.usefixtures("consultant")
async def test_founders_and_strangers_learn_nothing(
    runner: BotRunner,
    api: FakeBotAPI,
    kate: Founder,
    anna: Founder,
    john: Founder,
    clock: FakeClock,
) -> None:
    await link_client(api, kate, anna)

    # A founder cannot use consultant commands.
    for command in ("/clients", "/export", "/invite", "/consultant_invite"):
        [reply] = await anna.say(command)
        assert reply.plain_text == "Эта команда недоступна."

    # Another consultant never sees Kate's client, even with forged callback data.
    await john.say("/start", count=2)
    await runner.update_user(john.id, role="consultant")
    [clients] = await john.say("/clients")
    assert "Your clients: 0" in clients.plain_text
    for forged in (
        f"cs1:client:{anna.id}:",
        f"cs1:run:{anna.id}:xlsx-all",
        f"cs1:reply:{anna.id}:",
    ):
        update_ = api.press(john.user, clients, forged, forged=True)
        answer = await api.wait_callback_answer(update_)
        assert answer.text == "This command is not available."
    await api.wait_for_messages(john.id, count=0)

    # Forged and expired invites get a neutral answer; bare /start keeps working.
    invalid, menu = await anna.say("/start AAAAAAAAAAAAAAAAAAAAAAAA", count=2)
    assert "недействительна" in invalid.plain_text
    assert "С возвращением" in menu.plain_text
    second = await invite_code(kate)
    clock.advance(days=8)
    [invalid, *_] = await john.say(f"/start {second}", count=2)
    assert "invalid or has expired" in invalid.plain_text
    [invite] = await runner.rows(select(Invite).where(Invite.code == second))
    assert invite.uses == 0


@pytest.mark.usefixtures("consultant")
async def test_founder_unlinks_and_consultant_is_told(
    api: FakeBotAPI, kate: Founder, anna: Founder
) -> None:
    await link_client(api, kate, anna)
    await anna.say("/unlink")
    [done] = await anna.press("Да, отключить")
    assert "отключились" in done.plain_text
    [told] = await api.wait_for_messages(kate.id)
    assert told.plain_text == "Анна (@anna) больше не среди ваших клиентов."
    [clients] = await kate.say("/clients")
    assert "Ваши клиенты: 0" in clients.plain_text


@pytest.mark.usefixtures("consultant")
async def test_one_time_invite_cannot_be_used_twice(
    api: FakeBotAPI, kate: Founder, anna: Founder, john: Founder
) -> None:
    code = await link_client(api, kate, anna)
    await john.say("/start", count=2)
    await john.press("I accept", count=2)
    [invalid, _] = await john.say(f"/start {code}", count=2)
    assert "invalid or has expired" in invalid.plain_text


@pytest.mark.usefixtures("consultant")
async def test_consultant_schedules_a_message_delivered_at_the_clients_local_time(
    api: FakeBotAPI, kate: Founder, anna: Founder, clock: FakeClock
) -> None:
    await link_client(api, kate, anna, idle=True)

    await kate.say("/clients")
    [ask] = await kate.press("Сообщение всем клиентам")
    assert "всех ваших клиентов" in ask.plain_text
    api.send_photo(kate.user)  # a photo is not a message the bot can schedule
    [typed_please] = await api.wait_for_messages(kate.id)
    assert typed_please.plain_text.startswith("Напишите это текстом")
    await kate.say("Напоминаю: к четвергу 3 интервью 💪")
    await kate.press("Сегодня")
    [done] = await kate.say("18:00")  # Moscow: 15:00 UTC; the clock says 09:00 UTC
    assert "Анна (@anna): придёт 26 ноября, 18:00 (Москва (UTC+3))." in done.plain_text
    await api.wait_for_messages(anna.id, count=0)

    clock.advance(hours=6, minutes=1)  # 15:01 UTC, 18:01 in Moscow
    [delivered] = await api.wait_for_messages(anna.id, timeout=15)
    assert "Напоминаю: к четвергу 3 интервью 💪" in delivered.plain_text


async def test_invite_expiry_is_a_date_in_the_consultants_zone(
    runner: BotRunner, admin: Founder, kate: Founder, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # already 27 November in Moscow
    await make_consultant(runner, admin, kate)
    await kate.say("/invite")
    [reply] = await kate.press("одного")
    # Seven days on: 3 December 22:30 UTC is 4 December 01:30 in Kate's zone (Moscow).
    assert "Действует до 4 декабря и рассчитана на 1 подключение" in reply.plain_text
