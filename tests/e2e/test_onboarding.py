"""/help, /privacy, /language, /menu, consent taps and /start at the review."""

from sqlalchemy import select

from bot.db.models import User
from tests.e2e.harness import BotRunner, Founder
from tests.fakebotapi import FakeBotAPI


async def test_privacy_is_readable_before_consent(anna: Founder) -> None:
    await anna.say("/start", count=2)
    [privacy] = await anna.press("Подробнее о данных")
    assert "Какие данные хранит бот" in privacy.plain_text
    [privacy] = await anna.say("/privacy")
    assert "История переписки" in privacy.plain_text


async def test_consent_double_tap_has_one_effect(api: FakeBotAPI, anna: Founder) -> None:
    _, notice = await anna.say("/start", count=2)
    data = anna._buttons(notice)[0].callback_data
    api.press(anna.user, notice, data, forged=True)
    api.press(anna.user, notice, data, forged=True)
    replies = await api.wait_for_messages(anna.id, count=2)
    assert len(replies) == 2
    assert replies[0].plain_text == "Спасибо! Начнём с первого ценностного предложения."
    assert replies[1].plain_text.startswith("Как назовём это ценностное предложение?")
    assert api.message(anna.id, notice.message_id).reply_markup is None


async def test_help_menu_and_language_switch(runner: BotRunner, anna: Founder) -> None:
    await anna.consent()
    [help_text] = await anna.say("/help")
    assert "/new" in help_text.plain_text
    assert "/cancel" in help_text.plain_text
    await anna.say("/language")
    [done] = await anna.press("English")
    assert done.plain_text == "Done, we'll talk in English."
    [menu] = await anna.say("/menu")
    assert "Main menu" in menu.plain_text
    [user] = await runner.rows(select(User))
    assert user.language == "en"


async def test_language_comes_from_telegram_first(runner: BotRunner, john: Founder) -> None:
    greeting, _ = await john.say("/start", count=2)
    assert greeting.plain_text.startswith("Hello")
    [user] = await runner.rows(select(User))
    assert user.language == "en"


async def test_start_at_review_offers_to_continue_the_review(anna: Founder) -> None:
    await anna.begin_vp()
    await anna.answer_all()
    [offer] = await anna.say("/start")
    assert "ждёт вашей проверки" in offer.plain_text
    [review] = await anna.press("Продолжить")
    assert "Проверьте ЦП" in review.plain_text


async def test_text_outside_any_dialogue_shows_menu(anna: Founder) -> None:
    await anna.consent()
    await anna.say("/cancel")
    [reply] = await anna.say("привет")
    assert "Выберите, что сделать" in reply.plain_text
    assert reply.reply_markup is not None
