"""Consultant workspace handlers: invites and linking, clients, session requests, exports."""

from aiogram import Router

from bot.consultant.handlers import clients, export, invites, schedule, session


def build_router() -> Router:
    router = Router(name="consultant")
    router.include_routers(
        invites.build_router(),
        clients.build_router(),
        session.build_router(),
        schedule.build_router(),
        export.build_router(),
    )
    return router
