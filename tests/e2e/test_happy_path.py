"""A founder goes from /start to the summary card, in Russian and in English."""

import io

from PIL import Image
from sqlalchemy import select

from bot.db.models import AnswerRevision, TranscriptEntry, User, ValueProposition
from tests.e2e.harness import GOOD_EN, GOOD_RU, BotRunner, Founder
from tests.fakebotapi import FakeBotAPI


async def test_russian_founder_gets_card_as_text_and_image(
    runner: BotRunner, anna: Founder
) -> None:
    greeting, notice = await anna.say("/start", count=2)
    assert "Здравствуйте, Анна" in greeting.plain_text
    assert "10–15 минут" in greeting.plain_text
    assert "версия 1" in notice.plain_text
    assert await runner.count(TranscriptEntry) == 0  # nothing stored before consent

    thanks, ask_name = await anna.press("Принимаю", count=2)
    assert "Спасибо" in thanks.plain_text
    assert "Как назовём" in ask_name.plain_text
    [question] = await anna.say("Кофейни Казани")
    assert "Вопрос 1 из 5" in question.plain_text
    assert "Пример:" in question.plain_text
    assert [button.text for button in anna._buttons(question)] == ["Пропустить →"]

    for number, text in enumerate(list(GOOD_RU.values())[:-1], start=2):
        [question] = await anna.say(text)
        assert f"Вопрос {number} из 5" in question.plain_text
        assert "← Назад" in [button.text for button in anna._buttons(question)]
    [review] = await anna.answer("control")
    assert "Проверьте ЦП «Кофейни Казани»" in review.plain_text
    for text in GOOD_RU.values():
        assert text in review.plain_text

    done, card_text, card_image = await anna.press("Всё верно", count=3)
    assert "готово" in done.plain_text
    assert card_text.plain_text.startswith("Ценностное предложение")
    for text in GOOD_RU.values():
        assert text in card_text.plain_text
    assert card_image.photo is not None
    image = Image.open(io.BytesIO(card_image.photo))
    assert image.format == "PNG"
    assert image.width == 1080
    assert image.height > image.width  # portrait, for a phone
    assert "Кофейни Казани" in card_image.plain_text  # the caption
    assert [button.text for button in anna._buttons(card_image)] == [
        "🎤 Проблемные интервью",
        "📅 Записаться на разбор",
        "🔁 Доработать ЦП",
        "🏷 Переименовать",
        "➕ Новое ЦП",
        "📋 Мои ЦП",
    ]

    [user] = await runner.rows(select(User))
    assert user.consent_version == 1
    assert user.consent_at is not None
    [vp] = await runner.rows(select(ValueProposition))
    assert vp.status == "done"
    assert vp.completed_at is not None
    assert await runner.count(AnswerRevision) == 5
    entries = await runner.rows(select(TranscriptEntry).order_by(TranscriptEntry.id))
    incoming = [entry.text for entry in entries if entry.direction == "in"]
    for text in GOOD_RU.values():
        assert text in incoming
    steps = {entry.step for entry in entries if entry.direction == "in" and entry.kind == "text"}
    assert {"segment", "problem", "situation", "benefit", "control"} <= steps
    assert any(entry.kind == "photo" and entry.direction == "out" for entry in entries)


async def test_english_founder_is_coached_in_english(john: Founder) -> None:
    greeting, notice = await john.say("/start", count=2)
    assert "Hello, John" in greeting.plain_text
    assert "Data notice" in notice.plain_text
    await john.press("I accept", count=2)
    await john.say("Kazan coffee shops")
    await john.answer_all(GOOD_EN)
    assert "Check your value proposition" in john.last_text()
    _, card_text, card_image = await john.press("All correct", count=3)
    assert card_text.plain_text.startswith("Value proposition")
    assert card_image.photo is not None


async def test_commands_are_published_in_both_languages(api: FakeBotAPI) -> None:
    russian = api.my_commands(scope={"type": "all_private_chats"}, language_code="")
    english = api.my_commands(scope={"type": "all_private_chats"}, language_code="en")
    assert russian
    assert english
    assert {command["command"] for command in russian} == {
        command["command"] for command in english
    }
