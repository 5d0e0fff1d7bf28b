"""Who is asking: Mini App init data (signed by Telegram with the bot token) and sign-in links."""
