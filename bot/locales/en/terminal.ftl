## Terminal chat (python -m bot chat): the bot in a terminal, without Telegram.

terminal-intro =
    vp-coach in your terminal: the same bot, just without Telegram and without the network.
    Type a message and press Enter. Buttons are numbered: type a number to press a button (\1 sends "1" as plain text).
    Commands work as in Telegram: /start, /help, /cancel. To leave: /quit or Ctrl-D (on Windows: Ctrl-Z, then Enter).
    Database: { $database }
    The bot's pictures and files are saved to { $output }
terminal-you = you
terminal-bot = bot
terminal-edited = (edited)
terminal-to-chat = bot → chat { $chat }
terminal-photo-saved = 🖼 photo saved: { $path }
terminal-file-saved = 📎 file saved: { $path }
terminal-file-offline = 📎 file { $reference } (not available in the terminal)
terminal-no-text = (message without text: { $type })
terminal-reply-keyboard = keyboard:
terminal-keyboard-removed = (buttons removed: "{ $preview }")
terminal-deleted = (the bot deleted the message "{ $preview }")
terminal-pressed = → pressed "{ $text }"
terminal-button-link = link: { $url }
terminal-button-unsupported = The button "{ $text }" cannot be pressed in the terminal.
terminal-button-gone = That message is gone, its button cannot be pressed.
terminal-callback-link = the bot would open the link: { $url }
terminal-callback-unanswered = (the bot did not answer the button press: Telegram would show a spinning clock on the button)
terminal-error = (error while handling this: see the log above)
terminal-bye = Bye!
terminal-default-name = Founder
