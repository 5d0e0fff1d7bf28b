"""Value-proposition dialogue handlers."""

from aiogram import Router

from bot.value_prop.handlers import answers, buttons, library, review, versions


def build_router() -> Router:
    router = Router(name="value_prop")
    router.include_routers(
        library.build_router(),
        buttons.build_router(),
        review.build_router(),
        versions.build_router(),
        answers.build_router(),
    )
    return router
