"""Each person's transcript, /mydata and exports hold what they saw and said, nothing else.

A founder's update messages their consultant (the "finished" notification, a session request
with the card); a consultant's update messages a client (a reply). Each of those lines belongs
to the person who received it.
"""

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.models import TranscriptEntry
from bot.documents.cli import export_command
from tests.e2e.harness import GOOD_RU, BotRunner, FakeClock, Founder
from tests.e2e.test_consultant import admin, invite_code, kate, make_consultant
from tests.e2e.test_privacy_mydata import export as mydata
from tests.fakebotapi import FakeBotAPI

__all__ = ["admin", "kate"]  # fixtures shared with the consultant tests

REPLY = "Давайте созвонимся в четверг в 15:00"
SCHEDULED = "Напоминаю: к четвергу 3 интервью 💪"
# What only the consultant was sent: the link and "finished" notifications, the request, the card.
CONSULTANT_ONLY = (
    "теперь среди ваших клиентов",
    "Посмотреть — /clients",
    "просит разбор",
    "Карточка ЦП клиента",
)


async def lines(runner: BotRunner, user_id: int) -> list[TranscriptEntry]:
    return await runner.rows(
        select(TranscriptEntry)
        .where(TranscriptEntry.user_id == user_id)
        .order_by(TranscriptEntry.id)
    )


async def founder_books_and_consultant_replies(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, anna: Founder
) -> None:
    await make_consultant(runner, admin, kate)
    code = await invite_code(kate)
    await anna.say(f"/start {code}", count=2)
    await anna.press("Принимаю", count=3)
    await anna.press("Да, открыть доступ")
    await api.wait_for_messages(kate.id)  # "Анна подключилась"
    await anna.start_vp()
    for text in GOOD_RU.values():
        await anna.say(text)
    await anna.press("Всё верно", count=3)
    await api.wait_for_messages(kate.id)  # "… завершил ЦП"
    await anna.press("Записаться на разбор")
    await api.wait_for_messages(kate.id, count=3)  # the request, the card, its image
    await kate.press("Написать клиенту")
    [sent] = await kate.say(REPLY)
    assert sent.plain_text == "Отправлено."
    [message] = await api.wait_for_messages(anna.id)
    assert REPLY in message.plain_text


def assert_transcript_is_the_chat(api: FakeBotAPI, chat_id: int, rows: list[Any]) -> None:
    """The bot's lines are exactly the messages of this chat (from the first one filed)."""
    filed = {
        row.telegram_message_id: row.text
        for row in rows
        if row.direction == "out" and row.kind in {"text", "photo", "document"}
    }
    first = min(filed)
    shown = {
        m.message_id: m.text if m.text is not None else m.caption
        for m in api.messages(chat_id)
        if m.message_id >= first
    }
    assert filed == shown


async def test_each_transcript_holds_the_messages_of_its_own_chat(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, anna: Founder
) -> None:
    await founder_books_and_consultant_replies(runner, api, admin, kate, anna)

    anna_lines, kate_lines = await lines(runner, anna.id), await lines(runner, kate.id)
    assert_transcript_is_the_chat(api, anna.id, anna_lines)
    assert_transcript_is_the_chat(api, kate.id, kate_lines)
    anna_out = " ".join(row.text or "" for row in anna_lines if row.direction == "out")
    assert REPLY in anna_out  # the consultant's reply the founder received
    assert not [phrase for phrase in CONSULTANT_ONLY if phrase in anna_out]
    kate_out = " ".join(row.text or "" for row in kate_lines if row.direction == "out")
    assert all(phrase in kate_out for phrase in CONSULTANT_ONLY)
    assert REPLY not in kate_out  # what she typed is hers as "in", the delivery is Anna's
    [typed] = [row for row in kate_lines if row.direction == "in" and row.text == REPLY]
    assert typed.kind == "text"
    # Lines another person's update sent carry no step of that person's dialogue.
    [card] = [row for row in kate_lines if row.kind == "photo"]
    assert (card.dialogue, card.step) == (None, None)


async def test_a_button_press_is_filed_as_its_label(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, anna: Founder
) -> None:
    await founder_books_and_consultant_replies(runner, api, admin, kate, anna)
    presses = [row for row in await lines(runner, anna.id) if row.kind == "callback"]
    share = next(row for row in presses if (row.callback_data or "").startswith("lk2:accept:"))
    assert share.text is not None
    assert "Да, открыть доступ" in share.text
    assert "lk2" not in share.text
    assert all(row.text and "[" not in row.text for row in presses)
    [reply] = [
        row
        for row in await lines(runner, kate.id)
        if (row.callback_data or "").startswith(f"cs1:reply:{anna.id}:")
    ]
    assert reply.text is not None
    assert "Написать клиенту" in reply.text


async def test_mydata_shows_each_person_their_own_conversation(
    runner: BotRunner, api: FakeBotAPI, admin: Founder, kate: Founder, anna: Founder
) -> None:
    await founder_books_and_consultant_replies(runner, api, admin, kate, anna)
    anna_data, anna_markdown, _ = await mydata(anna)
    anna_texts = " ".join(entry["text"] or "" for entry in anna_data["transcript"])
    assert REPLY in anna_texts
    assert REPLY in anna_markdown
    for phrase in CONSULTANT_ONLY:
        assert phrase not in anna_texts
        assert phrase not in anna_markdown
    assert "lk1:" not in json.dumps(anna_data) + anna_markdown

    kate_data, kate_markdown, _ = await mydata(kate)
    kate_out = " ".join(
        entry["text"] or "" for entry in kate_data["transcript"] if entry["direction"] == "out"
    )
    assert all(phrase in kate_out for phrase in CONSULTANT_ONLY)
    assert all(phrase in kate_markdown for phrase in CONSULTANT_ONLY)
    assert REPLY not in kate_out


async def test_exports_show_the_client_only_their_own_lines(
    runner: BotRunner,
    api: FakeBotAPI,
    admin: Founder,
    kate: Founder,
    anna: Founder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await founder_books_and_consultant_replies(runner, api, admin, kate, anna)
    # The consultant's JSON export in Telegram…
    await kate.say("/export")
    await kate.press("JSON")
    [document] = await kate.press("За всё время")
    assert document.document is not None
    in_bot = json.loads(document.document)
    # …and the same from the command line.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", runner.database_url)
    out = tmp_path / "clients.json"
    argv = ["--format", "json", "--consultant", str(kate.id), "-o", str(out)]
    assert await asyncio.to_thread(export_command, argv) == 0
    from_cli = json.loads(out.read_text(encoding="utf-8"))

    for exported in (in_bot, from_cli):
        [client] = exported["clients"]
        assert client["id"] == anna.id
        texts = " ".join(line["text"] or "" for line in client["transcript"])
        assert REPLY in texts
        assert not [phrase for phrase in CONSULTANT_ONLY if phrase in texts]
        assert "lk1:" not in json.dumps(client)


async def test_a_scheduled_message_is_filed_under_the_client_who_got_it(
    runner: BotRunner,
    api: FakeBotAPI,
    admin: Founder,
    kate: Founder,
    anna: Founder,
    clock: FakeClock,
) -> None:
    await make_consultant(runner, admin, kate)
    code = await invite_code(kate)
    await anna.consent()
    await anna.say(f"/start {code}")
    await anna.press("Да, открыть доступ")
    await api.wait_for_messages(kate.id)
    await kate.say("/clients")
    await kate.press("Сообщение всем клиентам")
    await kate.say(SCHEDULED)
    await kate.press("Сегодня")
    await kate.say("18:00")  # Moscow: 15:00 UTC; the clock says 09:00 UTC
    clock.advance(hours=6, minutes=1)
    [delivered] = await api.wait_for_messages(anna.id, timeout=15)
    assert SCHEDULED in delivered.plain_text

    anna_lines, kate_lines = await lines(runner, anna.id), await lines(runner, kate.id)
    assert_transcript_is_the_chat(api, anna.id, anna_lines)
    assert_transcript_is_the_chat(api, kate.id, kate_lines)
    [filed] = [row for row in anna_lines if SCHEDULED in (row.text or "")]
    assert (filed.direction, filed.dialogue) == ("out", "reminders")
    assert [row.direction for row in kate_lines if SCHEDULED in (row.text or "")] == ["in"]
