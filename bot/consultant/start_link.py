"""Invite links: /start <code> opens an invite, and one opened before consent waits for it.

Both are hooked into onboarding by bot.wiring (a deep-link opener, a ``Consented`` subscriber).
"""

from bot.consultant import invites, linking
from bot.onboarding.consent import has_current_consent
from bot.onboarding.events import Consented, DeepLink


async def open_invite(link: DeepLink) -> bool:
    """Offer the invite behind the code; a bad code gets a neutral note, then a plain /start.
    A payload that cannot be a code (``?start=channel_post``) is not an invite: no note."""
    if not invites.looks_like_code(link.payload):
        return False
    invite = await invites.usable(link.repo.session, link.payload, now=link.clock())
    if invite is None or invite.created_by == link.user.id:
        await link.message.answer(link.t("cs-invite-invalid"))
    elif not has_current_consent(link.user):
        await link.state.update_data(pending_invite=invite.code)  # offered right after consent
    else:
        await linking.offer(link.message, link.t, link.repo, invite, user_id=link.user.id)
        return True
    return False


async def offer_pending_invite(event: Consented) -> None:
    """The invite link opened before consent is offered as soon as consent is given."""
    pending = (await event.state.get_data()).get("pending_invite")
    now = event.clock()
    invite = await invites.usable(event.repo.session, str(pending), now=now) if pending else None
    if invite is not None:
        await event.state.update_data(pending_invite=None)
        await linking.offer(event.message, event.t, event.repo, invite, user_id=event.user.id)
