"""/start <code> from an invite link, and the invite that waited for the data notice.

Registered ahead of onboarding's /start (bot.handlers): a deep link is the consultant's
business; anything else falls through to the plain /start.
"""

from aiogram import Router
from aiogram.filters import CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.clock import Clock
from bot.consultant import invites, linking
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.dialogues import Dialogues
from bot.events import Events
from bot.i18n import Translator
from bot.onboarding.consent import has_current_consent
from bot.onboarding.events import Consented
from bot.onboarding.handlers import cmd_start


async def start_with_payload(
    message: Message,
    command: CommandObject,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    dialogues: Dialogues,
    events: Events,
) -> None:
    """A bad code gets a neutral note, then a plain /start."""
    invite = await invites.usable(repo.session, command.args or "", now=clock())
    if invite is None or invite.created_by == user.id:
        await message.answer(t("cs-invite-invalid"))
    elif not has_current_consent(user):
        await state.update_data(pending_invite=invite.code)  # offered right after consent
    else:
        await linking.offer(message, t, repo, invite, user_id=user.id)
        return
    await cmd_start(message, t, state, repo, user, dialogues, events)


async def offer_pending_invite(event: Consented) -> None:
    """The invite link opened before consent is offered as soon as consent is given."""
    pending = (await event.state.get_data()).get("pending_invite")
    now = event.clock()
    invite = await invites.usable(event.repo.session, str(pending), now=now) if pending else None
    if invite is not None:
        await event.state.update_data(pending_invite=None)
        await linking.offer(event.message, event.t, event.repo, invite, user_id=event.user.id)


def build_router() -> Router:
    router = Router(name="consultant.start_link")
    router.message.register(start_with_payload, CommandStart(deep_link=True))
    return router
