"""/start, the consent button, /help, /menu, /cancel and the language choice."""

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.config import Settings
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.dialogues import Dialogues
from bot.events import Events, Visit
from bot.i18n import I18n, Translator
from bot.onboarding.callbacks import ConsentCb, LangCb
from bot.onboarding.consent import (
    CONSENT_VERSION,
    has_current_consent,
    notice_keyboard,
    notice_text,
)
from bot.onboarding.events import Consented, DeepLink, Opener, StartedIdle
from bot.onboarding.menu import help_text, main_menu, publish_chat_commands
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import inline
from bot.telegram.replies import drop_keyboard
from bot.text.html import quote


async def cmd_start(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    dialogues: Dialogues,
    events: Events,
) -> None:
    """A greeting, or (mid-dialogue) an offer to go on where the user stopped."""
    if not has_current_consent(user):
        await message.answer(t("start-greeting", name=quote(user.first_name)))
        await message.answer(notice_text(t), reply_markup=notice_keyboard(t))
        return
    current = await state.get_state()
    visit = Visit(message, t, state, repo, user, clock, events)
    if await dialogues.offer(visit, current, await state.get_data()):
        return
    await message.answer(t("start-again", name=quote(user.first_name)), reply_markup=main_menu(t))
    if current is None:
        await events.emit(StartedIdle(message, t, state, repo, user, clock, events))


async def start_with_payload(
    message: Message,
    command: CommandObject,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    dialogues: Dialogues,
    events: Events,
    deep_links: tuple[Opener, ...],
) -> None:
    """/start <payload> from a link: the capability it belongs to answers, else a plain /start."""
    link = DeepLink(message, t, state, repo, user, clock, events, payload=command.args or "")
    for opener in deep_links:
        if await opener(link):
            return
    await cmd_start(message, t, state, repo, user, clock, dialogues, events)


async def consent_given(
    query: CallbackQuery,
    callback_data: ConsentCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    events: Events,
    callback_answer: CallbackAnswer,
) -> None:
    if not isinstance(query.message, Message):
        return
    if callback_data.version != CONSENT_VERSION:
        callback_answer.text = t("consent-outdated")
        await query.message.answer(notice_text(t), reply_markup=notice_keyboard(t))
        return
    if has_current_consent(user):
        callback_answer.text = t("consent-already")
        return
    await drop_keyboard(query.message)
    await repo.users.give_consent(user, version=CONSENT_VERSION, now=clock())
    await repo.flush()
    callback_answer.text = t("consent-thanks-toast")
    await query.message.answer(t("consent-thanks"))
    await events.emit(Consented(query.message, t, state, repo, user, clock, events))


async def cmd_help(
    message: Message, t: Translator, user: User, settings: Settings, i18n: I18n
) -> None:
    await message.answer(help_text(t, user, settings), reply_markup=main_menu(t))
    if message.bot is not None:  # an admin named in ADMIN_IDS after start-up gets their menu too
        await publish_chat_commands(message.bot, i18n, user, settings)


async def help_pressed(
    query: CallbackQuery, t: Translator, user: User, settings: Settings
) -> None:
    if isinstance(query.message, Message):
        await query.message.answer(help_text(t, user, settings), reply_markup=main_menu(t))


async def cmd_menu(message: Message, t: Translator) -> None:
    await message.answer(t("menu"), reply_markup=main_menu(t))


async def cmd_cancel(message: Message, t: Translator, state: FSMContext) -> None:
    """Leave any dialogue; everything answered so far is already stored."""
    if await state.get_state() is None:
        await message.answer(t("cancel-nothing"), reply_markup=main_menu(t))
        return
    await state.clear()
    await message.answer(t("cancelled"), reply_markup=main_menu(t))


def language_keyboard() -> InlineKeyboardMarkup:
    return inline([[("Русский", LangCb(code="ru")), ("English", LangCb(code="en"))]])


async def cmd_language(message: Message, t: Translator) -> None:
    await message.answer(t("language-choose"), reply_markup=language_keyboard())


async def language_pressed(query: CallbackQuery, t: Translator) -> None:
    if isinstance(query.message, Message):
        await query.message.answer(t("language-choose"), reply_markup=language_keyboard())


async def language_chosen(
    query: CallbackQuery,
    callback_data: LangCb,
    i18n: I18n,
    repo: Repositories,
    user: User,
    settings: Settings,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.code not in i18n.translators or not isinstance(query.message, Message):
        callback_answer.text = i18n.get(user.language)("stale-button")
        return
    await repo.users.set_language(user, callback_data.code)
    t = i18n.get(callback_data.code)
    await drop_keyboard(query.message)
    await query.message.answer(t("language-set"), reply_markup=main_menu(t))
    if query.bot is not None:  # a consultant's or admin's own menu follows the language too
        await publish_chat_commands(query.bot, i18n, user, settings)


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="onboarding")
    router.message.register(start_with_payload, CommandStart(deep_link=True))
    router.message.register(cmd_start, CommandStart())
    router.callback_query.register(consent_given, ConsentCb.filter())
    router.message.register(cmd_help, Command("help"))
    router.callback_query.register(help_pressed, MenuCb.filter(F.action == "help"))
    router.message.register(cmd_menu, Command("menu"))
    router.message.register(cmd_cancel, Command("cancel"))
    router.message.register(cmd_language, Command("language"))
    router.callback_query.register(language_pressed, MenuCb.filter(F.action == "lang"))
    router.callback_query.register(language_chosen, LangCb.filter())
    return router
