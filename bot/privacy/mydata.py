"""/mydata and /delete_me: the founder's own data."""

from aiogram import Router


def build_router() -> Router:
    return Router(name="privacy.mydata")
