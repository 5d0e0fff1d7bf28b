"""Consultant workspace handlers: invites and linking, clients, session requests, exports."""

from aiogram import F, Router

from bot.consultant.callbacks import CsCb
from bot.consultant.handlers import clients, export, invites, schedule, session
from bot.telegram.ownership import refuse_with

# Buttons that need the role (and a client of this consultant): refused ones get this answer.
GUARDED = {"page", "funnel", "mute", "toggle", "client", "unlink", "unlinkok"}
GUARDED |= {"export", "fmt", "run", "sched", "reply"}


def build_router() -> Router:
    router = Router(name="consultant")
    # A router's own handlers run before its sub-routers': the refusal gets a last one.
    refused = Router(name="consultant.refused")
    refused.callback_query.register(
        refuse_with("cmd-unavailable"), CsCb.filter(F.action.in_(GUARDED))
    )
    router.include_routers(
        invites.build_router(),
        clients.build_router(),
        session.build_router(),
        schedule.build_router(),
        export.build_router(),
        refused,
    )
    return router
