"""The main menu keyboard and the bot's command list."""

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats, InlineKeyboardMarkup

from bot.config import LANGUAGES
from bot.i18n import I18n, Translator
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import inline

COMMANDS = (
    "start",
    "new",
    "list",
    "interview",
    "reminders",
    "help",
    "language",
    "privacy",
    "mydata",
    "delete_me",
    "stop",
    "cancel",
)


def main_menu(t: Translator) -> InlineKeyboardMarkup:
    return inline(
        [
            [(t("btn-new-vp"), MenuCb(action="new"))],
            [(t("btn-my-vps"), MenuCb(action="list"))],
            [(t("btn-help"), MenuCb(action="help")), (t("btn-language"), MenuCb(action="lang"))],
        ]
    )


async def set_commands(bot: Bot, i18n: I18n) -> None:
    """Publish the command list in each language (shown in Telegram's menu button)."""
    for language in LANGUAGES:
        t = i18n.get(language)
        commands = [BotCommand(command=name, description=t(f"cmd-{name}")) for name in COMMANDS]
        await bot.set_my_commands(
            commands,
            scope=BotCommandScopeAllPrivateChats(),
            language_code=None if language == i18n.default else language,
        )
