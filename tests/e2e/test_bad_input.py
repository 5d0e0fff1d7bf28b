"""Stickers, photos, voice, over-long answers, markup, old buttons: clear answers, nothing lost."""

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.db.models import AnswerRevision, TranscriptEntry, ValueProposition
from tests.e2e.harness import GOOD_RU, BotRunner, Founder, one_reply
from tests.fakebotapi import FakeBotAPI, FakeUser, utf16_len

NON_TEXT = ["sticker", "photo", "voice", "document", "location"]


async def send_non_text(api: FakeBotAPI, founder: Founder, kind: str) -> None:
    sender: Callable[[], object] = {
        "sticker": lambda: api.send_sticker(founder.user),
        "photo": lambda: api.send_photo(founder.user),
        "voice": lambda: api.send_voice(founder.user),
        "document": lambda: api.send_document(
            founder.user, data=b"hello", filename="notes.txt", mime_type="text/plain"
        ),
        "location": lambda: api.send_location(founder.user, 55.79, 49.12),
    }[kind]
    sender()


@pytest.mark.parametrize("kind", NON_TEXT)
async def test_non_text_instead_of_answer_repeats_question(
    runner: BotRunner, api: FakeBotAPI, anna: Founder, kind: str
) -> None:
    await anna.begin_answered("segment")
    await send_non_text(api, anna, kind)
    please, question = await api.wait_for_messages(anna.id, count=2)
    assert "понимаю только текст" in please.plain_text
    assert "Вопрос 2 из 5" in question.plain_text
    assert await runner.count(AnswerRevision) == 1
    [entry] = await runner.rows(select(TranscriptEntry).where(TranscriptEntry.kind == kind))
    assert entry.direction == "in"  # described in the transcript, not dropped
    one_reply(await anna.answer("problem"), "Вопрос 3 из 5")


async def test_non_text_outside_dialogue_gets_menu(api: FakeBotAPI, anna: Founder) -> None:
    await anna.consent()
    await anna.say("/cancel")
    api.send_sticker(anna.user)
    reply = one_reply(await api.wait_for_messages(anna.id), "только с текстом")
    assert reply.reply_markup is not None


async def test_too_long_answer_is_refused_and_nothing_stored(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.begin_vp()
    one_reply(await anna.say("а" * 1501), "слишком длинный: 1\xa0501 символ при лимите 1\xa0500")
    assert await runner.count(AnswerRevision) == 0
    one_reply(await anna.answer("segment"), "Вопрос 2 из 5")


async def test_markup_and_emoji_are_stored_and_shown_exactly(
    runner: BotRunner, anna: Founder
) -> None:
    tricky = "Кофейни <b>Казани</b> & *пекарни* _с_ `кодом` 🚀☕ <script>"
    await anna.begin_vp(tricky[:60])
    await anna.say(tricky)
    [segment] = await runner.rows(select(AnswerRevision))
    assert segment.text == tricky
    for text in list(GOOD_RU.values())[1:]:
        await anna.say(text)
    assert tricky in anna.last_text()  # the review shows it as typed (the fake checks HTML)
    _, card_text, _ = await anna.press("Всё верно", count=3)
    assert tricky in card_text.plain_text


async def test_long_answers_split_review_within_telegram_limit(anna: Founder) -> None:
    await anna.begin_answered("segment")
    await anna.say((GOOD_RU["problem"] + ". ") * 22)  # ~1450 characters each
    await anna.say((GOOD_RU["situation"] + ". ") * 24)
    await anna.say((GOOD_RU["benefit"] + ". ") * 23)
    parts = await anna.say((GOOD_RU["control"] + ". ") * 19, count=2)
    assert len(parts) == 2
    assert all(utf16_len(part.plain_text) <= 4096 for part in parts)
    assert parts[0].reply_markup is None
    assert parts[-1].reply_markup is not None  # the buttons go under the last part
    messages = await anna.press("Всё верно", count=4)
    assert all(len(message.plain_text) <= 4096 for message in messages)
    assert messages[-1].photo is not None
    assert len(messages[-1].plain_text) <= 1024


async def test_unknown_command_gives_hint_and_keeps_state(anna: Founder) -> None:
    await anna.begin_vp()
    one_reply(await anna.say("/foo"), "Не знаю такой команды")
    one_reply(await anna.answer("segment"), "Вопрос 2 из 5")


async def test_old_button_gets_neutral_answer_and_changes_nothing(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.begin_vp()
    [first_question] = await anna.say(GOOD_RU["segment"])  # question 2 with Back/Skip
    await anna.say(GOOD_RU["problem"])  # question 3; question 2's buttons are now stale
    update = api.press(anna.user, first_question, anna._buttons(first_question)[1].callback_data)
    answer = await api.wait_callback_answer(update)
    assert answer.text == "Эта кнопка уже неактивна."
    await api.wait_for_messages(anna.id, count=0)
    assert await runner.count(AnswerRevision) == 2


async def test_double_tap_on_skip_skips_once(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    [question] = await anna.begin_answered("segment")
    data = anna._buttons(question)[1].callback_data
    api.press(anna.user, question, data, forged=True)
    api.press(anna.user, question, data, forged=True)
    replies = await api.wait_for_messages(anna.id, count=1)
    assert ["Вопрос 3 из 5" in reply.plain_text for reply in replies] == [True]
    skipped = await runner.rows(select(AnswerRevision).where(AnswerRevision.skipped))
    assert len(skipped) == 1


async def test_forged_callback_for_another_founders_proposition_reveals_nothing(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.finish_vp()
    [vp] = await runner.rows(select(ValueProposition))

    mallory = Founder(api, FakeUser(id=6666, first_name="Mallory", language_code="ru"))
    await mallory.begin_vp("Моё")
    [question] = await mallory.say("Владельцы пекарен в Самаре с одной точкой")
    for forged in (f"o1:{vp.id}", f"v1:confirm:{vp.id}:", f"v1:skip:{vp.id}:problem"):
        update = api.press(mallory.user, question, forged, forged=True)
        answer = await api.wait_callback_answer(update)
        assert answer.text == "Эта кнопка уже неактивна."
    await api.wait_for_messages(mallory.id, count=0)
    seen = " ".join(message.plain_text for message in api.messages(mallory.id))
    assert GOOD_RU["problem"] not in seen


async def test_nothing_is_stored_before_consent(runner: BotRunner, anna: Founder) -> None:
    await anna.say("/start", count=2)
    required, notice = await anna.say("Хочу сразу ответить на вопросы", count=2)
    assert "принять уведомление" in required.plain_text
    assert "Уведомление о данных" in notice.plain_text
    required, _ = await anna.say("/new", count=2)  # dialogues are closed until consent
    assert "принять уведомление" in required.plain_text
    assert await runner.count(TranscriptEntry) == 0
    assert await runner.count(ValueProposition) == 0


async def test_an_unexpected_error_is_apologised_for_in_the_language_the_founder_chose(
    anna: Founder, monkeypatch: pytest.MonkeyPatch
) -> None:
    await anna.consent()
    await anna.say("/language")
    await anna.press("English")  # Telegram still says "ru" for Anna
    await anna.start_vp()

    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("bot.value_prop.handlers.answers.service.record_answer", broken)
    [apology] = await anna.answer("segment")
    assert apology.plain_text.startswith("I could not process your message")
