"""What the founder sees is already stored: a reply goes out only after the answer that led to it
and the state it moved are committed (looked at from outside, at the moment of the call)."""

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import select

from bot.db.models import AnswerRevision, ValueProposition
from tests.e2e.harness import GOOD_RU, BotRunner, Founder
from tests.fakebotapi import FakeBotAPI


async def test_the_next_question_is_sent_only_after_the_answer_and_state_are_committed(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.begin_vp()
    app = runner.app
    assert app is not None
    key = StorageKey(bot_id=app.bot.id, chat_id=anna.id, user_id=anna.id)
    seen: list[tuple[list[str | None], str | None]] = []

    async def look(method: str, params: Mapping[str, Any]) -> None:
        if method == "sendMessage" and "Вопрос 3 из 5" in str(params.get("text")):
            # Another session (SQLite: another connection) sees only committed rows.
            answers = await runner.rows(select(AnswerRevision.text).order_by(AnswerRevision.id))
            seen.append((answers, await app.dispatcher.storage.get_state(key)))

    await anna.answer("segment")
    api.before_call = look
    try:
        [question] = await anna.answer("problem")
    finally:
        api.before_call = None
    assert "Вопрос 3 из 5" in question.plain_text
    assert seen == [([GOOD_RU["segment"], GOOD_RU["problem"]], "VpDialog:situation")]


async def test_a_rename_is_committed_before_the_reply_that_shows_it(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    """The auto-name after the segment answer is an ORM change with no SQL of its own yet."""
    await anna.consent()
    await anna.press("Назову потом")
    app = runner.app
    assert app is not None
    names: list[list[str]] = []

    async def look(method: str, params: Mapping[str, Any]) -> None:
        if method == "sendMessage" and "Вопрос 2 из 5" in str(params.get("text")):
            names.append(await runner.rows(select(ValueProposition.name)))

    api.before_call = look
    try:
        await anna.answer("segment")
    finally:
        api.before_call = None
    assert names == [["Владельцы кофеен в Казани с 1–3 точками"]]  # the segment's first clause
