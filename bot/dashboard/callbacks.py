"""Callback data of the dashboard's buttons in the chat (db1; under 64 bytes).

Callback data can be forged: the handler re-reads the role from the database on every press."""

from aiogram.filters.callback_data import CallbackData


class DashboardCb(CallbackData, prefix="db1"):
    """ "A link for a browser" under the /dashboard answer."""

    action: str
