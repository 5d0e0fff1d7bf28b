"""/start, the consent button, /help, /menu, /cancel and the language choice."""

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.config import Settings
from bot.consultant import invites, linking
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import I18n, Translator
from bot.interview.callbacks import IvItemCb
from bot.interview.states import InterviewDialog
from bot.onboarding.callbacks import ConsentCb, LangCb
from bot.onboarding.consent import (
    CONSENT_VERSION,
    has_current_consent,
    notice_keyboard,
    notice_text,
)
from bot.onboarding.menu import help_text, main_menu, publish_chat_commands
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import inline
from bot.telegram.replies import drop_keyboard
from bot.text.html import quote
from bot.value_prop import flow
from bot.value_prop.callbacks import VpOpenCb
from bot.value_prop.handlers.answers import offer_resume
from bot.value_prop.states import QUESTION_STATES, VpDialog, field_of_state

RESUMABLE = {state.state for state in QUESTION_STATES.values()} | {VpDialog.review.state}
LOGGING = {state.state for state in InterviewDialog.__all_states__} - {
    InterviewDialog.question.state
}


async def start_with_payload(
    message: Message,
    command: CommandObject,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    """/start <code> from an invite link; a bad code gets a neutral note, then a plain /start.
    Any other payload (``?start=channel_post``) is where the founder came from: kept, then a
    plain /start."""
    payload = command.args or ""
    if not invites.looks_like_code(payload):
        if user.source is None:  # the first touch counts
            user.source = payload[:64]
        await cmd_start(message, t, state, repo, user)
        return
    invite = await invites.usable(repo.session, payload, now=clock())
    if invite is None or invite.created_by == user.id:
        await message.answer(t("cs-invite-invalid"))
    elif not has_current_consent(user):
        await state.update_data(pending_invite=invite.code)  # offered right after consent
    else:
        await linking.offer(message, t, repo, invite, user_id=user.id)
        return
    await cmd_start(message, t, state, repo, user)


async def cmd_start(
    message: Message, t: Translator, state: FSMContext, repo: Repositories, user: User
) -> None:
    if not has_current_consent(user):
        await message.answer(t("start-greeting", name=quote(user.first_name)))
        await message.answer(notice_text(t), reply_markup=notice_keyboard(t))
        return
    current = await state.get_state()
    data = await state.get_data()
    vp_id = data.get("vp_id")
    vp = await repo.value_props.owned(int(vp_id), user.id) if vp_id else None
    if vp is not None and current in RESUMABLE:
        await offer_resume(message, t, vp, field_of_state(current), draft=None)
        return
    if current in LOGGING and data.get("iv_id"):
        await message.answer(
            t("start-interview-offer"),
            reply_markup=inline(
                [[(t("btn-continue"), IvItemCb(action="resume", iv=int(data["iv_id"])))]]
            ),
        )
        return
    draft = await repo.value_props.latest_draft(user.id)
    await message.answer(t("start-again", name=quote(user.first_name)), reply_markup=main_menu(t))
    if draft is not None and current is None:
        await message.answer(
            t("start-draft-offer", name=quote(draft.name)),
            reply_markup=inline([[(t("btn-continue"), VpOpenCb(vp=draft.id))]]),
        )


async def consent_given(
    query: CallbackQuery,
    callback_data: ConsentCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
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
    await repo.commit()
    callback_answer.text = t("consent-thanks-toast")
    await query.message.answer(t("consent-thanks"))
    pending = (await state.get_data()).get("pending_invite")
    invite = await invites.usable(repo.session, str(pending), now=clock()) if pending else None
    if invite is not None:
        await state.update_data(pending_invite=None)
        await linking.offer(query.message, t, repo, invite, user_id=user.id)
    await flow.ask_name(query.message, t, state)


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
