"""Linking a founder to a consultant: the sharing notice, accepting, leaving."""

from datetime import datetime

from aiogram.types import Message

from bot.consultant.callbacks import LinkCb
from bot.consultant.invites import InviteRow, acceptance_token
from bot.consultant.notify import display_name
from bot.db.models import Role, User
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.keyboards import inline
from bot.text.html import quote


async def offer(
    message: Message, t: Translator, repo: Repositories, invite: InviteRow, *, user_id: int
) -> None:
    """Show what an invite means and ask for explicit consent to share.

    The buttons carry a token bound to this user and the invite's code: only the person who
    opened the link can answer it.
    """
    inviter = await repo.users.get(invite.created_by)
    name = quote(display_name(inviter)) if inviter else "—"
    consultant = invite.kind == "consultant"
    text = t("cs-become-consultant-offer" if consultant else "cs-link-offer", name=name)
    token = acceptance_token(invite, user_id)
    accept = t("btn-cs-become-consultant" if consultant else "btn-cs-share")
    buttons = {"accept": accept, "decline": t("btn-cs-decline")}
    rows = [
        [(label, LinkCb(action=action, invite=invite.id, token=token))]
        for action, label in buttons.items()
    ]
    await message.answer(text, reply_markup=inline(rows))


def accept(user: User, invite: InviteRow, *, now: datetime) -> str:
    """Apply an accepted invite (already claimed); returns: linked, relinked, consultant."""
    if invite.kind == "consultant":
        if user.role != Role.ADMIN:
            user.role = Role.CONSULTANT
        return "consultant"
    outcome = "relinked" if user.consultant_id not in (None, invite.created_by) else "linked"
    user.consultant_id = invite.created_by
    user.shared_at = now
    return outcome


def unlink(user: User) -> None:
    """Stop sharing with the consultant."""
    user.consultant_id = None
    user.shared_at = None
