"""Consultant workspace handlers: invites and linking, clients, session requests, exports."""

from aiogram import F, Router
from aiogram.filters import Command

from bot.consultant.callbacks import CsCb
from bot.consultant.handlers import clients, export, invites, schedule, session
from bot.telegram.ownership import refuse_with

# Buttons and commands that need the role (or a client of this consultant): when refused,
# this answer.
GUARDED = {"page", "funnel", "mute", "toggle", "client", "unlink", "unlinkok"}
GUARDED |= {"export", "fmt", "run", "sched", "reply", "invite"}
COMMANDS = Command("clients", "export", "invite", "consultant_invite", "make_consultant")


def build_router() -> Router:
    router = Router(name="consultant")
    # A router's own handlers run before its sub-routers': the refusal gets a last one.
    refused = Router(name="consultant.refused")
    unavailable = refuse_with("cmd-unavailable")
    refused.callback_query.register(unavailable, CsCb.filter(F.action.in_(GUARDED)))
    refused.message.register(unavailable, COMMANDS)
    router.include_routers(
        invites.build_router(),
        clients.build_router(),
        session.build_router(),
        schedule.build_router(),
        export.build_router(),
        refused,
    )
    return router
