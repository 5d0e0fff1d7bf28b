"""Callback data shared by every capability: the main menu. Each capability keeps its own buttons'
data in its package (e.g. ``bot.value_prop.callbacks``); all are short, versioned prefixes, well
under Telegram's 64-byte limit.

Callback data comes from the client and can be forged: handlers re-check ownership and the
current dialogue state on the server before acting on any id found here.
"""

from aiogram.filters.callback_data import CallbackData


class MenuCb(CallbackData, prefix="m1"):
    """Main menu: new, list, help, language, privacy, menu."""

    action: str
