"""``python -m bot.terminal``: the terminal chat (same as ``python -m bot chat``)."""

import sys

from bot.terminal.cli import chat_command

if __name__ == "__main__":
    sys.exit(chat_command(sys.argv[1:]))
