"""Text utilities shared by every capability: Telegram HTML, quoting user text, Markdown, PDF."""
