"""Telegram plumbing: middlewares, FSM storage, callback data, keyboards, limits."""
