"""Problem interviews end to end: script, linted question, documents, two interviews, synthesis."""

import io

from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from bot.db.models import Interview, InterviewNote, ScriptQuestion
from tests.e2e.harness import GOOD_RU, BotRunner, Founder, one_reply
from tests.fakebotapi import FakeBotAPI, FakeUser


async def log_interview(
    founder: Founder, name: str, said: str, verdict: str, *, fluff: bool = False
) -> list[str]:
    """Log one interview through every step; returns the texts of the final messages."""
    await founder.press("Записать интервью")
    await founder.say(name)
    await founder.press("Вчера")
    await founder.press("Да")
    for number in range(5):
        if number == 2:
            await founder.press("Пропустить")  # situation not discussed
            continue
        replies = await founder.say(said)
        nudged = any("Оставить как есть" in b.text for b in founder._buttons(replies[-1]))
        assert nudged == fluff
        if nudged:
            assert "глубже" in replies[-1].plain_text  # the Mom Test move for a generality
            [ask_quote] = await founder.press("Оставить как есть")
        else:
            ask_quote = replies[-1]
        assert "слова клиента" in ask_quote.plain_text
        if number == 1:
            await founder.say("Зерно кончилось в субботу в 11, потеряли 9 000 ₽")
        else:
            await founder.press("Пропустить")
        contradiction = number == 0 and verdict == "Опроверг"
        await founder.press(verdict, count=2 if contradiction else 1)
    await founder.press("Время")
    messages = await founder.say("Созвон через неделю", count=2)
    return [message.plain_text for message in messages]


async def test_script_lint_documents_interviews_and_synthesis(
    runner: BotRunner, anna: Founder
) -> None:
    await anna.finish_vp()
    one_reply(await anna.press("Проблемные интервью"), "Интервью: 0 из 10")

    # The script: the bot proposes a topic, the founder confirms it; then the script as a
    # message and as two documents.
    one_reply(await anna.press("Сценарий интервью"), "зерно")
    created, script, markdown, pdf = await anna.press("Да, «зерно»", count=4)
    assert "Собрал сценарий" in created.plain_text
    assert "в таком деле, как зерно" in script.plain_text
    assert markdown.document_filename is not None
    assert markdown.document_filename.endswith(".md")
    assert markdown.document is not None
    md_text = markdown.document.decode("utf-8")
    assert GOOD_RU["segment"] in md_text
    assert pdf.document is not None
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.document)).pages)
    assert "Кофейни Казани" in pdf_text
    generated = await runner.count(ScriptQuestion)
    assert generated >= 15

    # A leading question gets the linter's hint; the founder adds it anyway.
    await anna.press("Добавить вопрос")
    one_reply(await anna.say("Вы бы купили такой сервис, правда?"), "может испортить интервью")
    one_reply(await anna.press("Добавить как есть"), "Добавил вопрос")
    founder_question = (
        await runner.rows(select(ScriptQuestion).where(ScriptQuestion.origin == "founder"))
    )[0]
    assert founder_question.kept_lint is not None
    # A clean question joins without a hint.
    await anna.press("Добавить вопрос")
    one_reply(
        await anna.say("Сколько вы потратили на закупку зерна в прошлом месяце?"), "Добавил вопрос"
    )
    assert await runner.count(ScriptQuestion) == generated + 2

    # Two interviews.
    first = await log_interview(
        anna,
        "Ильдар, кофейня на Баумана",
        "Обычно зерно заканчивается к выходным",
        "Подтвердил",
        fluff=True,
    )
    assert "Интервью: 1 из 10" in first[-1]
    second = await log_interview(
        anna, "Марина, две кофейни", "В прошлую пятницу закончилась арабика", "Опроверг"
    )
    assert "Интервью: 2 из 10" in second[-1]
    interviews = await runner.rows(select(Interview))
    assert [interview.status for interview in interviews] == ["done", "done"]
    assert await runner.count(InterviewNote) == 10
    assert interviews[0].held_on is not None
    assert interviews[0].held_on.isoformat() == "2026-11-25"  # "yesterday" in Moscow

    # The synthesis: the founder's hypothesis beside what customers said, then the updated card.
    synthesis, card = await anna.press("Итоги", count=2)
    text = synthesis.plain_text
    assert "2 из 10" in text
    assert GOOD_RU["problem"] in text
    assert "Зерно кончилось в субботу в 11" in text  # the customer's own words
    assert "заметки: В прошлую пятницу закончилась арабика" in text  # notes, labelled
    assert card.photo is not None
    image = Image.open(io.BytesIO(card.photo))
    assert image.format == "PNG"
    assert image.width == 1080
    assert image.height > image.width
    assert "Кофейни Казани" in card.plain_text  # the caption
    assert not synthesis.reply_markup, "the hub keyboard moves to the card"
    assert "📊 Итоги" in [button.text for button in anna._buttons(card)]


async def test_interview_list_view_and_delete(runner: BotRunner, anna: Founder) -> None:
    await anna.finish_vp()
    await anna.press("Проблемные интервью")
    await log_interview(anna, "Олег", "В прошлый вторник потеряли два заказа", "Подтвердил")
    one_reply(await anna.press("Интервью (1)"))
    one_reply(await anna.press("Олег"), "Интервью: Олег", "Подтвердил")
    await anna.press("Удалить")
    one_reply(await anna.press("Да, удалить"), "Пока нет записанных интервью")
    assert await runner.count(Interview) == 0
    assert await runner.count(InterviewNote) == 0


async def test_interview_draft_survives_restart_and_resumes(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.finish_vp()
    await anna.press("Проблемные интервью")
    await anna.press("Записать интервью")
    await anna.say("Ильдар")
    await anna.press("Сегодня")
    await runner.restart()
    one_reply(await anna.say("/start"), "не закончили запись интервью")
    one_reply(await anna.press("Продолжить"), "Подходит ли собеседник")
    api.send_sticker(anna.user)
    please, again = await api.wait_for_messages(anna.id, count=2)
    assert "только текст" in please.plain_text
    assert "Подходит ли собеседник" in again.plain_text


async def test_interviews_need_a_finished_proposition(anna: Founder) -> None:
    await anna.consent()
    one_reply(await anna.say("/interview"), "Сначала завершите")


async def test_forged_interview_buttons_reveal_nothing(
    runner: BotRunner, api: FakeBotAPI, anna: Founder
) -> None:
    await anna.finish_vp()
    await anna.press("Проблемные интервью")
    await log_interview(anna, "Олег", "В прошлый вторник потеряли два заказа", "Подтвердил")
    [interview] = await runner.rows(select(Interview))
    mallory = Founder(api, FakeUser(id=7777, first_name="Mallory"))
    await mallory.consent()
    [prompt] = await mallory.say("Моё ЦП")
    forgeries = (
        *(f"n1:view:{interview.id}:", f"n1:delok:{interview.id}:", "i1:syn:1:0"),
        *(f"n1:edit:{interview.id}:", f"n1:part:{interview.id}:fit"),
    )
    for forged in forgeries:
        update = api.press(mallory.user, prompt, forged, forged=True)
        answer = await api.wait_callback_answer(update)
        assert answer.text == "Эта кнопка уже неактивна."
    await api.wait_for_messages(mallory.id, count=0)
    assert await runner.count(Interview) == 1
    assert (await runner.rows(select(Interview)))[0].segment_fit == "yes"
