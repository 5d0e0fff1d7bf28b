"""The main menu keyboard and the bot's command lists (per role), which /help repeats."""

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardMarkup,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import LANGUAGES, Settings
from bot.db.models import User
from bot.i18n import I18n, Translator
from bot.onboarding.queries import staff
from bot.roles import is_admin, is_consultant
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import inline

log = logging.getLogger(__name__)

COMMANDS = (
    *("start", "new", "list", "interview", "reminders", "help", "language", "privacy", "mydata"),
    *("delete_me", "stop", "cancel"),
)
CONSULTANT_COMMANDS = ("invite", "clients", "export", "dashboard")
ADMIN_COMMANDS = ("consultant_invite", "make_consultant")


def commands_for(user: User | None, settings: Settings) -> tuple[str, ...]:
    """The commands this person's menu shows: everyone's, then the consultant's and admin's."""
    names: tuple[str, ...] = COMMANDS
    if is_consultant(user, settings):
        names += CONSULTANT_COMMANDS
    if is_admin(user, settings):
        names += ADMIN_COMMANDS
    return names


def bot_commands(t: Translator, names: tuple[str, ...]) -> list[BotCommand]:
    return [BotCommand(command=name, description=t(f"cmd-{name}")) for name in names]


def help_text(t: Translator, user: User | None, settings: Settings) -> str:
    """How the bot works, then exactly the commands of this person's menu."""
    lines = [f"/{name} — {t(f'cmd-{name}')}" for name in commands_for(user, settings)]
    return "\n".join([t("help"), "", t("help-commands"), *lines])


def main_menu(t: Translator) -> InlineKeyboardMarkup:
    return inline(
        [
            [(t("btn-new-vp"), MenuCb(action="new"))],
            [(t("btn-my-vps"), MenuCb(action="list"))],
            [(t("btn-help"), MenuCb(action="help")), (t("btn-language"), MenuCb(action="lang"))],
        ]
    )


async def publish_chat_commands(bot: Bot, i18n: I18n, user: User, settings: Settings) -> None:
    """A consultant's or admin's own menu, in their language (a chat scope beats the default)."""
    names = commands_for(user, settings)
    if names == COMMANDS:
        return
    try:
        await bot.set_my_commands(
            bot_commands(i18n.get(user.language), names),
            scope=BotCommandScopeChat(chat_id=user.id),
        )
    except TelegramAPIError as error:  # a chat the bot cannot reach keeps the default menu
        log.warning("could not set the commands of chat %s: %s", user.id, error)


async def set_commands(
    bot: Bot, i18n: I18n, settings: Settings, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    """Publish the founders' command list in each language, then consultants' and admins' own."""
    for language in LANGUAGES:
        await bot.set_my_commands(
            bot_commands(i18n.get(language), COMMANDS),
            scope=BotCommandScopeAllPrivateChats(),
            language_code=None if language == i18n.default else language,
        )
    async with session_factory() as session:
        for user in await staff(session, settings.admin_ids):
            await publish_chat_commands(bot, i18n, user, settings)
