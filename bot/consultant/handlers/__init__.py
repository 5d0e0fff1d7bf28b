"""Consultant workspace handlers: invites and linking, clients, session requests, exports."""

from aiogram import F, Router
from aiogram.filters import Command, StateFilter, or_f

from bot.consultant.callbacks import CsCb, LinkCb, SessionCb, UnlinkCb
from bot.consultant.handlers import clients, export, invites, schedule, session
from bot.consultant.states import ConsultantDialog
from bot.telegram.ownership import refuse_with

# Buttons and commands that need the role (or a client of this consultant): when refused,
# this answer.
GUARDED = {"page", "funnel", "mute", "toggle", "client", "unlink", "unlinkok"}
GUARDED |= {"export", "fmt", "run", "sched", "reply", "invite"}
COMMANDS = Command("clients", "export", "invite", "consultant_invite", "make_consultant")


# Every handler below starts with one of these: one check lets any other update pass the whole
# workspace by (aiogram would otherwise walk its six routers for every founder's answer). A new
# handler must be covered here.
ANY_MESSAGE = or_f(StateFilter(ConsultantDialog), COMMANDS, Command("unlink"))
ANY_BUTTON = or_f(*(kind.filter() for kind in (CsCb, LinkCb, SessionCb, UnlinkCb)))


def build_router() -> Router:
    router = Router(name="consultant")
    router.message.filter(ANY_MESSAGE)
    router.callback_query.filter(ANY_BUTTON)
    # A router's own handlers run before its sub-routers': the refusal gets a last one.
    refused = Router(name="consultant.refused")
    unavailable = refuse_with("cmd-unavailable")
    refused.callback_query.register(unavailable, CsCb.filter(F.action.in_(GUARDED)))
    refused.message.register(unavailable, COMMANDS)
    modules = (invites, clients, session, schedule, export)
    router.include_routers(*(module.build_router() for module in modules), refused)
    return router
