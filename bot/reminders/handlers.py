"""Reminder settings dialogue (/reminders, /stop)."""

from aiogram import Router


def build_router() -> Router:
    return Router(name="reminders")
