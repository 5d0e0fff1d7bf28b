"""Callback data of the consent and language buttons (prefixes c1, l1; under 64 bytes)."""

from aiogram.filters.callback_data import CallbackData


class ConsentCb(CallbackData, prefix="c1"):
    """Accepting the data notice of a given version."""

    version: int


class LangCb(CallbackData, prefix="l1"):
    code: str
