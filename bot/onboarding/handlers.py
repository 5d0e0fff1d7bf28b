"""/start, the consent button, /help, /menu, /cancel and the language choice."""

from typing import TypeVar

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.dialogues import Dialogues
from bot.events import Events, Visit
from bot.i18n import I18n
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
from bot.telegram.turn import Turn
from bot.text.html import quote

V = TypeVar("V", bound=Visit)


def _visit(kind: type[V], message: Message, turn: Turn, events: Events, **extra: str) -> V:
    """A visit (or an event that extends it) for this turn's message."""
    return kind(message, turn.t, turn.state, turn.repo, turn.user, turn.clock, events, **extra)


async def cmd_start(message: Message, turn: Turn, dialogues: Dialogues, events: Events) -> None:
    """A greeting, or (mid-dialogue) an offer to go on where the user stopped."""
    if not has_current_consent(turn.user):
        await message.answer(turn.t("start-greeting", name=quote(turn.user.first_name)))
        await message.answer(notice_text(turn.t), reply_markup=notice_keyboard(turn.t))
        return
    current = await turn.state.get_state()
    visit = _visit(Visit, message, turn, events)
    if await dialogues.offer(visit, current, await turn.state.get_data()):
        return
    again = turn.t("start-again", name=quote(turn.user.first_name))
    await message.answer(again, reply_markup=main_menu(turn.t))
    if current is None:
        await events.emit(_visit(StartedIdle, message, turn, events))


async def start_with_payload(
    message: Message,
    command: CommandObject,
    turn: Turn,
    dialogues: Dialogues,
    events: Events,
    deep_links: tuple[Opener, ...],
) -> None:
    """/start <payload> from a link: the capability it belongs to answers, else a plain /start."""
    link = _visit(DeepLink, message, turn, events, payload=command.args or "")
    for opener in deep_links:
        if await opener(link):
            return
    await cmd_start(message, turn, dialogues, events)


async def consent_given(
    query: CallbackQuery,
    callback_data: ConsentCb,
    turn: Turn,
    events: Events,
    callback_answer: CallbackAnswer,
) -> None:
    if not isinstance(query.message, Message):
        return
    if callback_data.version != CONSENT_VERSION:
        callback_answer.text = turn.t("consent-outdated")
        await query.message.answer(notice_text(turn.t), reply_markup=notice_keyboard(turn.t))
        return
    if has_current_consent(turn.user):
        callback_answer.text = turn.t("consent-already")
        return
    await drop_keyboard(query.message)
    await turn.repo.users.give_consent(turn.user, version=CONSENT_VERSION, now=turn.clock())
    await turn.repo.flush()
    callback_answer.text = turn.t("consent-thanks-toast")
    await query.message.answer(turn.t("consent-thanks"))
    await events.emit(_visit(Consented, query.message, turn, events))


async def show_help(event: Message | CallbackQuery, turn: Turn, i18n: I18n) -> None:
    """The help text, for /help and the menu's button."""
    message = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(message, Message):
        text = help_text(turn.t, turn.user, turn.settings)
        await message.answer(text, reply_markup=main_menu(turn.t))
    if isinstance(event, Message) and event.bot is not None:
        # An admin named in ADMIN_IDS after start-up gets their menu too.
        await publish_chat_commands(event.bot, i18n, turn.user, turn.settings)


async def cmd_menu(message: Message, turn: Turn) -> None:
    await message.answer(turn.t("menu"), reply_markup=main_menu(turn.t))


async def cmd_cancel(message: Message, turn: Turn) -> None:
    """Leave any dialogue; everything answered so far is already stored."""
    idle = await turn.state.get_state() is None
    if not idle:
        await turn.state.clear()
    text = turn.t("cancel-nothing" if idle else "cancelled")
    await message.answer(text, reply_markup=main_menu(turn.t))


async def choose_language(event: Message | CallbackQuery, turn: Turn) -> None:
    """The language buttons, for /language and the menu's button."""
    message = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(message, Message):
        buttons = [("Русский", LangCb(code="ru")), ("English", LangCb(code="en"))]
        await message.answer(turn.t("language-choose"), reply_markup=inline([buttons]))


async def language_chosen(
    query: CallbackQuery,
    callback_data: LangCb,
    i18n: I18n,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.code not in i18n.translators or not isinstance(query.message, Message):
        callback_answer.text = i18n.get(turn.user.language)("stale-button")
        return
    await turn.repo.users.set_language(turn.user, callback_data.code)
    t = i18n.get(callback_data.code)
    await drop_keyboard(query.message)
    await query.message.answer(t("language-set"), reply_markup=main_menu(t))
    if query.bot is not None:  # a consultant's or admin's own menu follows the language too
        await publish_chat_commands(query.bot, i18n, turn.user, turn.settings)


def build_router() -> Router:
    router = Router(name="onboarding")
    router.message.register(start_with_payload, CommandStart(deep_link=True))
    router.message.register(cmd_start, CommandStart())
    router.callback_query.register(consent_given, ConsentCb.filter())
    router.message.register(show_help, Command("help"))
    router.callback_query.register(show_help, MenuCb.filter(F.action == "help"))
    router.message.register(cmd_menu, Command("menu"))
    router.message.register(cmd_cancel, Command("cancel"))
    router.message.register(choose_language, Command("language"))
    router.callback_query.register(choose_language, MenuCb.filter(F.action == "lang"))
    router.callback_query.register(language_chosen, LangCb.filter())
    return router
