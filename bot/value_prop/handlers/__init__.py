"""Value-proposition dialogue handlers."""

from aiogram import Router

from bot.value_prop.handlers import answers, buttons, library, review, versions


def build_router() -> Router:
    router = Router(name="value_prop")
    modules = (library, buttons, review, versions, answers)  # in this order
    router.include_routers(*(module.build_router() for module in modules))
    return router
