"""What the founder sees is already stored: a reply goes out only after the answer that led to it
and the state it moved are committed (looked at from outside, at the moment of the call)."""

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import select

from bot.db.models import AnswerRevision
from tests.e2e.harness import GOOD_RU, BotRunner, Founder
from tests.fakebotapi import FakeBotAPI


async def test_the_next_question_is_sent_only_after_the_answer_and_state_are_committed(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.consent()
    await anna.start_vp()
    app = runner.app
    assert app is not None
    key = StorageKey(bot_id=app.bot.id, chat_id=anna.id, user_id=anna.id)
    seen: list[tuple[list[str | None], str | None]] = []

    async def look(method: str, params: Mapping[str, Any]) -> None:
        if method == "sendMessage" and "Вопрос 3 из 5" in str(params.get("text")):
            # Another session (SQLite: another connection) sees only committed rows.
            answers = await runner.rows(select(AnswerRevision.text).order_by(AnswerRevision.id))
            seen.append((answers, await app.dispatcher.storage.get_state(key)))

    await anna.say(GOOD_RU["segment"])
    api.before_call = look
    try:
        [question] = await anna.say(GOOD_RU["problem"])
    finally:
        api.before_call = None
    assert "Вопрос 3 из 5" in question.plain_text
    assert seen == [([GOOD_RU["segment"], GOOD_RU["problem"]], "VpDialog:situation")]
