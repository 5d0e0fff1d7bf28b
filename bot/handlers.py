"""Router order lives here: onboarding and privacy first, then dialogues, fallback last."""

from aiogram import F, Router

from bot import fallback
from bot.consultant import handlers as consultant
from bot.dashboard import handlers as dashboard
from bot.interview import handlers as interview
from bot.onboarding import handlers as onboarding
from bot.onboarding.consent import ConsentGiven
from bot.privacy import handlers as privacy
from bot.reminders import handlers as reminders
from bot.telegram.filters import OnLoop
from bot.value_prop import handlers as value_prop


def build_root_router() -> Router:
    """A fresh router tree (a router can have one parent only, so each app builds its own)."""
    root = Router(name="root")
    root.message.filter(OnLoop(F.chat.type == "private"))
    root.callback_query.filter(OnLoop(F.message.chat.type == "private"))

    dialogues = Router(name="dialogues")
    dialogues.message.filter(ConsentGiven())
    dialogues.callback_query.filter(ConsentGiven())
    dialogues.include_routers(
        value_prop.build_router(), interview.build_router(), reminders.build_router()
    )

    first = (onboarding, privacy, consultant, dashboard)
    root.include_routers(*(module.build_router() for module in first), dialogues)
    root.include_router(fallback.build_router())
    return root
