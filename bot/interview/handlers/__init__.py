"""Interview handlers: the hub, the script, logging an interview, the list and the synthesis."""

from aiogram import Router

from bot.interview.handlers import hub, log_buttons, log_text, review, script, topic


def build_router() -> Router:
    router = Router(name="interview")
    modules = (hub, topic, script, review, log_buttons, log_text)  # in this order
    router.include_routers(*(module.build_router() for module in modules))
    return router
