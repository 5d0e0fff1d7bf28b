"""Invites: consultants invite clients, admins invite consultants; founders accept or leave."""

from datetime import timedelta
from html import escape

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.consultant import invites, linking, notify
from bot.consultant.callbacks import CsCb, LinkCb, UnlinkCb
from bot.dates import day_month, zone_of
from bot.db.models import Role
from bot.i18n import I18n
from bot.onboarding.menu import publish_chat_commands
from bot.roles import ADMIN, CONSULTANT
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn

# The links one can make: (kind, valid for, uses). A consultant makes the two client links, an
# admin the one for a new consultant.
INVITE_TERMS = {
    "one": ("client", timedelta(days=7), 1),
    "multi": ("client", timedelta(days=30), 50),
    "consultant": ("consultant", timedelta(days=7), 1),
}
CLIENT_TERMS = ("one", "multi")


async def cmd_invite(message: Message, turn: Turn) -> None:
    rows = [
        [(turn.t(f"btn-cs-invite-{terms}"), CsCb(action="invite", value=terms))]
        for terms in CLIENT_TERMS
    ]
    await message.answer(turn.t("cs-invite-choose"), reply_markup=inline(rows))


async def invite_pressed(
    query: CallbackQuery,
    callback_data: CsCb,
    message: Message,
    turn: Turn,
    bot: Bot,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.value not in CLIENT_TERMS:
        callback_answer.text = turn.t("cmd-unavailable")
        return
    await send_invite(message, turn, bot, callback_data.value)


async def send_invite(message: Message, turn: Turn, bot: Bot, terms: str) -> None:
    """A new invite link on the ``terms`` of INVITE_TERMS."""
    kind, valid_for, max_uses = INVITE_TERMS[terms]
    now, t = turn.clock(), turn.t
    invite = await invites.create(
        turn.repo.session, kind, turn.user.id, now=now, valid_for=valid_for, max_uses=max_uses
    )
    await turn.repo.flush()
    me = await bot.me()
    expires = invite.expires_at.astimezone(zone_of(turn.user.timezone)).date()
    link = invites.link(me.username or "", invite)
    until = day_month(expires, t.language, today=now.date())
    await message.answer(t(f"cs-invite-created-{kind}", link=link, until=until, uses=max_uses))


async def cmd_consultant_invite(message: Message, turn: Turn, bot: Bot) -> None:
    await send_invite(message, turn, bot, "consultant")


async def cmd_make_consultant(
    message: Message, command: CommandObject, turn: Turn, i18n: I18n, bot: Bot
) -> None:
    args = (command.args or "").strip()
    target = await turn.repo.users.get(int(args)) if args.isdigit() else None
    if target is None:
        await message.answer(turn.t("cs-make-consultant-usage"))
        return
    if target.role != Role.ADMIN:
        target.role = Role.CONSULTANT
    await turn.repo.flush()
    await message.answer(
        turn.t("cs-make-consultant-done", name=escape(notify.display_name(target)))
    )
    await publish_chat_commands(bot, i18n, target, turn.settings)


async def link_answered(
    query: CallbackQuery,
    callback_data: LinkCb,
    turn: Turn,
    i18n: I18n,
    bot: Bot,
    callback_answer: CallbackAnswer,
) -> None:
    """Only the user the offer was shown to can answer it (the token proves it)."""
    invite = await invites.by_id(turn.repo.session, callback_data.invite)
    now = turn.clock()
    if (
        invite is None
        or not invites.token_matches(invite, turn.user.id, callback_data.token)
        or invite.created_by == turn.user.id
        or not invites.is_open(invite, now=now)
        or not isinstance(query.message, Message)
    ):
        callback_answer.text = turn.t("cs-invite-invalid")
        return
    if callback_data.action != "accept":
        await drop_keyboard(query.message)
        await query.message.answer(turn.t("cs-link-declined"))
        return
    if not await invites.claim(turn.repo.session, invite.id, now=now):
        callback_answer.text = turn.t("cs-invite-invalid")  # used up by someone else meanwhile
        return
    await drop_keyboard(query.message)
    outcome = linking.accept(turn.user, invite, now=now)
    await turn.repo.flush()
    await query.message.answer(turn.t(f"cs-link-{outcome}"))
    if outcome != "consultant":
        await notify.notify(bot, turn.repo, i18n, turn.user, "linked")
    else:
        await publish_chat_commands(bot, i18n, turn.user, turn.settings)


async def cmd_unlink(message: Message, turn: Turn) -> None:
    if turn.user.consultant_id is None:
        await message.answer(turn.t("cs-unlink-nothing"))
        return
    yes: Button = (turn.t("btn-cs-unlink-yes"), UnlinkCb(action="confirm"))
    await message.answer(turn.t("cs-unlink-confirm"), reply_markup=inline([[yes]]))


async def unlink_confirmed(
    query: CallbackQuery, turn: Turn, i18n: I18n, bot: Bot, callback_answer: CallbackAnswer
) -> None:
    if turn.user.consultant_id is None or not isinstance(query.message, Message):
        callback_answer.text = turn.t("stale-button")
        return
    consultant = await notify.consultant_of(turn.repo, turn.user)
    await drop_keyboard(query.message)
    linking.unlink(turn.user)
    await turn.repo.flush()
    await query.message.answer(turn.t("cs-unlinked"))
    if consultant is not None:
        ct = i18n.get(consultant.language)
        name = escape(notify.display_name(turn.user))
        await notify.send_to(bot, consultant, ct("cs-notify-unlinked", client=name))


def build_router() -> Router:
    router = Router(name="consultant.invites")
    consultant, admin = Owned(CONSULTANT), Owned(ADMIN)
    router.message.register(cmd_invite, Command("invite"), consultant)
    router.callback_query.register(invite_pressed, CsCb.filter(F.action == "invite"), consultant)
    router.message.register(cmd_consultant_invite, Command("consultant_invite"), admin)
    router.message.register(cmd_make_consultant, Command("make_consultant"), admin)
    router.callback_query.register(link_answered, LinkCb.filter())
    router.message.register(cmd_unlink, Command("unlink"))
    router.callback_query.register(unlink_confirmed, UnlinkCb.filter(F.action == "confirm"))
    return router
