"""Interview handlers: the hub, the script, logging an interview, the list and the synthesis."""

from aiogram import Router

from bot.interview.handlers import hub, log_buttons, log_text, review, script, topic


def build_router() -> Router:
    router = Router(name="interview")
    router.include_routers(
        hub.build_router(),
        topic.build_router(),
        script.build_router(),
        review.build_router(),
        log_buttons.build_router(),
        log_text.build_router(),
    )
    return router
