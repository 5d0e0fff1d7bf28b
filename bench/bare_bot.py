"""Reference bot for the benchmarks: bare aiogram, MemoryStorage, no database.

The same conversation shape as the real bot's first value-proposition pass: /start → greeting
and data notice (2 messages, consent button) → consent press (callback answered, keyboard
dropped, 2 messages) → name → five questions (one message each, with buttons) → review. Texts
are plain strings of about the real ones' length, sent in HTML parse mode with user text
escaped. Run it like the real bot: ``BOT_TOKEN=... BOT_API_URL=... python -m bench.bare_bot``.
"""

import asyncio
import logging
import os
import sys
from html import escape

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.filters import CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
)

FIELDS = ("segment", "problem", "situation", "benefit", "control")
Texts = dict[str, str | tuple[str, ...]]
TEXTS: dict[str, Texts] = {
    "ru": {
        "greeting": (
            "Здравствуйте, {name}! 👋\nЯ — коуч по ценностному предложению. За 10–15 минут "
            "помогу сформулировать, кому и какую ценность приносит ваш бизнес: пять вопросов, "
            "по одному за раз, с подсказками и примерами.\nЕсли ответ получится размытым, я "
            "подскажу, как сделать его точнее. В конце — карточка ЦП текстом и картинкой."
        ),
        "notice": (
            "<b>Уведомление о данных (версия 1)</b>\n\nБот хранит ваше имя и ник в Telegram, "
            "выбранный язык, ваши ответы и историю переписки с ботом.\nЗачем: чтобы вы могли "
            "вернуться к ЦП позже, а ваш трекер видел результаты.\nМы не передаём данные "
            "третьим лицам и не используем их для рекламы. Подробности — /privacy.\n\nПока вы "
            "не нажмёте «Согласен», ваши ответы не сохраняются."
        ),
        "agree": "✅ Согласен",
        "privacy": "Подробнее о данных",
        "thanks": "Спасибо! Начнём с первого ценностного предложения.",
        "toast": "Согласие сохранено",
        "ask_name": (
            "Как назовём это ценностное предложение? Удобнее всего — по сегменту, например "
            "«Кофейни Казани».\nОдно ЦП описывает один сегмент; для другого сегмента потом "
            "заведёте новое."
        ),
        "later": "Назову потом",
        "back": "← Назад",
        "skip": "Пропустить →",
        "question": "<b>Вопрос {n} из 5</b> · {label}\n\n<b>{question}</b>\n\n💡 <i>{hint}</i>",
        "labels": ("Сегмент", "Проблема", "Ситуация", "Выгода", "Контроль"),
        "questions": (
            "Кому именно вы приносите ценность? Кто этот человек в реальной жизни?",
            "Какую проблему этого человека вы решаете? Что у него не получается сейчас?",
            "В какой ситуации проблема проявляется острее всего? Когда и где это происходит?",
            "Что человек получит, когда проблема решена? Что он сделает с этой выгодой?",
            "Как вы поймёте, что ценность доставлена? Что и как часто вы будете измерять?",
        ),
        "hint": (
            "Опишите так, чтобы завтра можно было найти трёх таких людей: роль, отрасль, "
            "размер, город, обстоятельства. <b>Пример:</b> владельцы кофеен в Казани."
        ),
        "review": "<b>Проверьте ЦП «{name}»</b>",
        "footer": "Всё верно? Нажмите кнопку ниже или исправьте любой ответ.",
        "edit": "✏️ {n}. {label}",
        "confirm": "✅ Всё верно — сделать карточку",
        "not_text": "Пожалуйста, ответьте текстом.",
    },
    "en": {
        "greeting": (
            "Hello, {name}! 👋\nI am a value proposition coach. In 10-15 minutes I will help "
            "you put into words whom your business brings value and which: five questions, "
            "one at a time, with hints and examples.\nIf an answer comes out vague, I will "
            "suggest how to sharpen it. At the end: a card as text and as an image."
        ),
        "notice": (
            "<b>Data notice (version 1)</b>\n\nThe bot stores your Telegram name and username, "
            "your language, your answers and the history of your chat with the bot.\nWhy: so "
            "you can come back to your value proposition later and your tracker sees the "
            "results.\nWe do not share the data with third parties or use it for advertising. "
            "Details: /privacy.\n\nUntil you press “I agree”, none of your answers is stored."
        ),
        "agree": "✅ I agree",
        "privacy": "More about data",
        "thanks": "Thank you! Let us start with your first value proposition.",
        "toast": "Consent saved",
        "ask_name": (
            "What shall we call this value proposition? Naming it after the segment works "
            "best, e.g. “Kazan coffee shops”.\nOne value proposition describes one segment; "
            "you will start a new one for another segment."
        ),
        "later": "Name it later",
        "back": "← Back",
        "skip": "Skip →",
        "question": "<b>Question {n} of 5</b> · {label}\n\n<b>{question}</b>\n\n💡 <i>{hint}</i>",
        "labels": ("Segment", "Problem", "Situation", "Benefit", "Control"),
        "questions": (
            "Whom exactly do you bring value to? Who is this person in real life?",
            "Which problem of this person do you solve? What does not work for them now?",
            "In which situation does the problem hurt most? When and where does it happen?",
            "What will the person gain once the problem is solved? What will they do with it?",
            "How will you know the value was delivered? What will you measure, how often?",
        ),
        "hint": (
            "Describe them so you could find three such people tomorrow: role, industry, "
            "size, city, circumstances. <b>Example:</b> coffee shop owners in Kazan."
        ),
        "review": "<b>Check your value proposition “{name}”</b>",
        "footer": "All correct? Press the button below or fix any answer.",
        "edit": "✏️ {n}. {label}",
        "confirm": "✅ All correct, make the card",
        "not_text": "Please answer with text.",
    },
}


class Dialog(StatesGroup):
    name = State()
    question = State()


def texts(language: str | None) -> Texts:
    return TEXTS["en" if (language or "").startswith("en") else "ru"]


def keyboard(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=text, callback_data=data) for text, data in row]
            for row in rows
        ]
    )


def question(t: Texts, index: int) -> tuple[str, InlineKeyboardMarkup]:
    labels, questions = t["labels"], t["questions"]
    assert isinstance(labels, tuple)
    assert isinstance(questions, tuple)
    text = str(t["question"]).format(
        n=index + 1, label=labels[index], question=questions[index], hint=t["hint"]
    )
    row = [(str(t["skip"]), f"skip:{index}")]
    if index:
        row.insert(0, (str(t["back"]), f"back:{index}"))
    return text, keyboard([row])


def review(t: Texts, name: str, answers: list[str]) -> tuple[str, InlineKeyboardMarkup]:
    labels = t["labels"]
    assert isinstance(labels, tuple)
    blocks = [str(t["review"]).format(name=escape(name, quote=False))]
    blocks += [
        f"<b>{n}. {label}</b>\n{escape(answer, quote=False)}"
        for n, (label, answer) in enumerate(zip(labels, answers, strict=True), start=1)
    ]
    blocks.append(str(t["footer"]))
    rows = [
        [(str(t["edit"]).format(n=n, label=label), f"edit:{n}")]
        for n, label in enumerate(labels, start=1)
    ]
    rows.append([(str(t["confirm"]), "confirm")])
    return "\n\n".join(blocks), keyboard(rows)


router = Router(name="bare")


@router.message(CommandStart())
async def start(message: Message, state: FSMContext) -> None:
    t = texts(message.from_user.language_code if message.from_user else None)
    await state.clear()
    name = message.from_user.first_name if message.from_user else ""
    await message.answer(str(t["greeting"]).format(name=escape(name, quote=False)))
    await message.answer(
        str(t["notice"]),
        reply_markup=keyboard([[(str(t["agree"]), "consent")], [(str(t["privacy"]), "privacy")]]),
    )


@router.callback_query(F.data == "consent")
async def consent(query: CallbackQuery, state: FSMContext) -> None:
    t = texts(query.from_user.language_code)
    if not isinstance(query.message, Message):
        await query.answer()
        return
    await query.message.edit_reply_markup(reply_markup=None)
    await query.answer(str(t["toast"]))
    await query.message.answer(str(t["thanks"]))
    await state.set_state(Dialog.name)
    await query.message.answer(
        str(t["ask_name"]), reply_markup=keyboard([[(str(t["later"]), "later")]])
    )


@router.message(Dialog.name, F.text)
async def name_entered(message: Message, state: FSMContext) -> None:
    t = texts(message.from_user.language_code if message.from_user else None)
    await state.update_data(name=(message.text or "").strip(), answers=[])
    await state.set_state(Dialog.question)
    text, markup = question(t, 0)
    await message.answer(text, reply_markup=markup)


@router.message(Dialog.question, F.text)
async def answer_entered(message: Message, state: FSMContext) -> None:
    t = texts(message.from_user.language_code if message.from_user else None)
    data = await state.get_data()
    answers = [*data.get("answers", []), (message.text or "").strip()]
    await state.update_data(answers=answers)
    if len(answers) < len(FIELDS):
        text, markup = question(t, len(answers))
    else:
        await state.set_state(None)
        text, markup = review(t, str(data.get("name", "")), answers)
    await message.answer(text, reply_markup=markup)


@router.message(Dialog.question)
async def not_text(message: Message, state: FSMContext) -> None:
    t = texts(message.from_user.language_code if message.from_user else None)
    data = await state.get_data()
    await message.answer(str(t["not_text"]))
    text, markup = question(t, len(data.get("answers", [])))
    await message.answer(text, reply_markup=markup)


@router.callback_query()
async def other_button(query: CallbackQuery) -> None:
    await query.answer()


async def main() -> None:
    api = TelegramAPIServer.from_base(os.environ["BOT_API_URL"].rstrip("/"))
    bot = Bot(
        token=os.environ["BOT_TOKEN"],
        session=AiohttpSession(api=api),
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )
    dispatcher = Dispatcher(storage=MemoryStorage())
    dispatcher.include_router(router)
    await dispatcher.start_polling(bot, allowed_updates=dispatcher.resolve_used_update_types())


if __name__ == "__main__":
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    asyncio.run(main())
