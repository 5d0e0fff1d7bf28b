"""Terminal chat: the whole bot (same dispatcher, routers, database) driven from a terminal.

``session.TerminalSession`` answers Bot API calls locally; ``loop.run_chat`` feeds typed lines and
numbered button presses to the dispatcher as real updates; ``cli.chat_command`` is the CLI entry
point.
"""
