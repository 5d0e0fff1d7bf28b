"""Terminal chat: the whole bot (same dispatcher, routers, database) driven from a terminal.

``TerminalSession`` answers Bot API calls locally; ``run_chat`` feeds typed lines and numbered
button presses to the dispatcher as real updates; ``chat_command`` is the CLI entry point.
"""

from bot.terminal.cli import add_chat_arguments, chat_command, main_chat
from bot.terminal.loop import run_chat
from bot.terminal.session import TerminalSession

__all__ = ["TerminalSession", "add_chat_arguments", "chat_command", "main_chat", "run_chat"]
