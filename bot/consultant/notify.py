"""Telling a consultant what their clients did; a blocked consultant never breaks a founder."""

import logging
from html import escape

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError

from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import I18n

log = logging.getLogger(__name__)

# Event → the consultant's switch that mutes it.
SWITCHES = {"vp_done": "notify_vp_done", "interview": "notify_interview"}


def full_name(user: User) -> str:
    return " ".join(part for part in (user.first_name, user.last_name) if part) or str(user.id)


def display_name(user: User) -> str:
    """The name with the @username, for the one message that introduces the person."""
    name = full_name(user)
    return f"{name} (@{user.username})" if user.username else name


async def consultant_of(repo: Repositories, founder: User) -> User | None:
    if founder.consultant_id is None:
        return None
    return await repo.users.get(founder.consultant_id)


async def send_to(bot: Bot, user: User, text: str) -> bool:
    """Send a message to another user; False (logged) if Telegram refuses."""
    try:
        await bot.send_message(user.id, text)
    except TelegramAPIError as error:
        log.warning("could not message user %s: %s", user.id, error)
        return False
    return True


async def notify(
    bot: Bot, repo: Repositories, i18n: I18n, founder: User, event: str, **values: object
) -> bool:
    """Tell the founder's consultant about ``event`` unless they muted it."""
    consultant = await consultant_of(repo, founder)
    if consultant is None:
        return False
    switch = SWITCHES.get(event)
    if switch is not None and not getattr(consultant, switch):
        return False
    t = i18n.get(consultant.language)
    text = t(
        f"cs-notify-{event.replace('_', '-')}", client=escape(display_name(founder)), **values
    )
    return await send_to(bot, consultant, text)
