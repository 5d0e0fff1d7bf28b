"""Receiving updates: each one is stored (the inbox) before Telegram is told it arrived, handled
exactly once, and resumed after a crash; long polling and the webhook both go through it."""
