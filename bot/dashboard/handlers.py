"""/dashboard in the bot: a Web App button for consultants, or what to configure, and a
one-time sign-in link for a desktop browser; the consultants' chat menu button."""

import logging
from datetime import timedelta

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MenuButtonWebApp,
    Message,
    WebAppInfo,
)
from aiogram.utils.callback_answer import CallbackAnswer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.config import DashboardSettings, Settings
from bot.dashboard.auth import sign_in
from bot.dashboard.callbacks import DashboardCb
from bot.dashboard.views.shell import BASE_PATH
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import I18n, Translator
from bot.onboarding.queries import staff
from bot.roles import is_consultant
from bot.telegram.keyboards import button

log = logging.getLogger(__name__)
ANY_INTERFACE = ("0.0.0.0", "::", "")  # noqa: S104 - a listening address, not a link


def web_app_url(settings: DashboardSettings) -> str | None:
    return None if settings.https_url is None else settings.https_url + BASE_PATH


def browser_base(settings: Settings) -> str:
    """Where a browser reaches the dashboard: the public URL, else this machine's port (the
    webhook server's in scale mode, which serves the dashboard there)."""
    dashboard = settings.dashboard
    if dashboard.public_url:
        return dashboard.public_url.rstrip("/")
    host, port = dashboard.host, dashboard.port
    if settings.webhook_url:
        host, port = settings.webhook.host, settings.webhook.port
    return f"http://{'127.0.0.1' if host in ANY_INTERFACE else host}:{port}"


async def cmd_dashboard(message: Message, t: Translator, user: User, settings: Settings) -> None:
    if not is_consultant(user, settings):
        await message.answer(t("cmd-unavailable"))
        return
    dashboard = settings.dashboard
    if not dashboard.enabled:
        await message.answer(t("dash-not-configured"))
        return
    link = InlineKeyboardButton
    rows = [[button(t("dash-btn-browser-link"), DashboardCb(action="link"))]]
    url = web_app_url(dashboard)
    if url is None:
        await message.answer(
            t("dash-no-https"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows)
        )
        return
    rows.insert(0, [link(text=t("dash-btn-open"), web_app=WebAppInfo(url=url))])
    await message.answer(t("dash-open"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))
    if message.bot is not None:
        await publish_menu_button(message.bot, t, user, settings)


async def link_pressed(
    query: CallbackQuery,
    t: Translator,
    repo: Repositories,
    user: User,
    settings: Settings,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    """A one-time sign-in link (the role is checked again: a button outlives a role)."""
    dashboard = settings.dashboard
    if not is_consultant(user, settings) or not dashboard.enabled or query.message is None:
        callback_answer.text = t("cmd-unavailable")
        return
    minutes = dashboard.sign_in_link_minutes
    code = await sign_in.create(
        repo.session, user_id=user.id, now=clock(), lifetime=timedelta(minutes=minutes)
    )
    url = f"{browser_base(settings)}{BASE_PATH}signin/{code}"
    await query.message.answer(t("dash-browser-link", url=url, minutes=minutes))


async def publish_menu_button(bot: Bot, t: Translator, user: User, settings: Settings) -> None:
    """The chat's menu button opens the dashboard (Telegram needs an HTTPS address)."""
    url = web_app_url(settings.dashboard)
    if url is None or not settings.dashboard.enabled or not is_consultant(user, settings):
        return
    try:
        await bot.set_chat_menu_button(
            chat_id=user.id,
            menu_button=MenuButtonWebApp(text=t("dash-menu-button"), web_app=WebAppInfo(url=url)),
        )
    except TelegramAPIError as error:  # a chat the bot cannot reach keeps its menu
        log.warning("could not set the menu button of chat %s: %s", user.id, error)


async def publish_menu_buttons(
    bot: Bot, i18n: I18n, settings: Settings, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    """On start-up: every consultant's and admin's menu button."""
    if web_app_url(settings.dashboard) is None or not settings.dashboard.enabled:
        return
    async with session_factory() as session:
        for user in await staff(session, settings.admin_ids):
            await publish_menu_button(bot, i18n.get(user.language), user, settings)


def build_router() -> Router:
    router = Router(name="dashboard")
    router.message.register(cmd_dashboard, Command("dashboard"))
    router.callback_query.register(link_pressed, DashboardCb.filter())
    return router
