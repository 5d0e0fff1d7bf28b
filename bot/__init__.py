"""vp-coach: a Telegram bot that coaches founders through the value proposition method."""
