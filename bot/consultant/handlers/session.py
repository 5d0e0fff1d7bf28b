"""'Записаться на разбор': the consultant (or, without one, the consultancy's admins) gets the
founder and their card, and can answer."""

import asyncio
from functools import partial
from html import escape

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.clock import Clock
from bot.consultant import notify
from bot.consultant.callbacks import CsCb, SessionCb
from bot.consultant.clients import reachable_admins
from bot.consultant.states import ConsultantDialog
from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import I18n
from bot.roles import CLIENT, is_client_of, is_consultant
from bot.telegram.filters import PLAIN_TEXT
from bot.telegram.keyboards import inline
from bot.telegram.ownership import Owned
from bot.telegram.text_limits import split_message
from bot.telegram.turn import Turn
from bot.value_prop.card.image import render_card_png
from bot.value_prop.card.text import render_card_html
from bot.value_prop.flow import card_data
from bot.value_prop.owned import FINISHED_VP
from bot.value_prop.service import snapshot

REPLY_MAX_LENGTH = 3000


async def send_request(
    bot: Bot,
    i18n: I18n,
    repo: Repositories,
    clock: Clock,
    *,
    founder: User,
    vp: ValueProposition,
    to: User,
    intro_key: str,
) -> bool:
    """The request, the card as text and as a picture, with a button to answer the founder."""
    ct = i18n.get(to.language)
    card = card_data(ct, await snapshot(repo, vp), founder, vp.completed_at or clock())
    client = escape(notify.display_name(founder))
    if not await notify.send_to(bot, to, ct(intro_key, client=client, name=escape(vp.name))):
        return False
    for part in split_message(render_card_html(card)):
        await notify.send_to(bot, to, part)
    png = await asyncio.to_thread(render_card_png, card)
    await bot.send_photo(
        to.id,
        BufferedInputFile(png, filename=f"value-proposition-{vp.id}.png"),
        # The request above already gave the @username: the caption names the person only.
        caption=ct("cs-session-card-caption", client=escape(notify.full_name(founder))),
        reply_markup=inline([[(ct("btn-cs-reply"), CsCb(action="reply", arg=founder.id))]]),
    )
    return True


async def session_requested(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn, i18n: I18n, bot: Bot
) -> None:
    request = partial(send_request, bot, i18n, turn.repo, turn.clock, founder=turn.user, vp=vp)
    consultant = await notify.consultant_of(turn.repo, turn.user)
    if consultant is not None:
        sent = await request(to=consultant, intro_key="cs-session-request")
        name = escape(consultant.first_name or "")
        await message.answer(
            turn.t("cs-session-sent", name=name) if sent else turn.t("cs-session-failed")
        )
        return
    # No consultant: the request is a lead for the consultancy's free session.
    admins = await reachable_admins(
        turn.repo.session, turn.settings.admin_ids, excluding=turn.user.id
    )
    reached = [admin for admin in admins if await request(to=admin, intro_key="cs-lead-request")]
    if reached:
        # Who will answer, as the founder will see them in the chat: "Ольга, Пётр".
        who = ", ".join(admin.first_name or str(admin.id) for admin in reached)
        answer = turn.t("cs-session-sent-lead", who=escape(who), count=len(reached))
    else:
        answer = turn.t("cs-session-lead-failed" if admins else "cs-session-no-admins")
    await message.answer(answer)


async def reply_pressed(query: CallbackQuery, client: User, message: Message, turn: Turn) -> None:
    await turn.state.set_state(ConsultantDialog.reply)
    await turn.state.set_data({"client_id": client.id})
    await message.answer(turn.t("cs-reply-ask", client=escape(notify.display_name(client))))


async def reply_entered(message: Message, turn: Turn, i18n: I18n, bot: Bot) -> None:
    client = await turn.repo.users.get(int((await turn.state.get_data()).get("client_id") or 0))
    text = (message.text or "").strip()
    if (
        not is_consultant(turn.user, turn.settings)
        or not is_client_of(client, turn.user, turn.settings)
        or client is None
    ):
        await turn.state.clear()
        await message.answer(turn.t("cmd-unavailable"))
        return
    if not text or len(text) > REPLY_MAX_LENGTH:
        await message.answer(turn.t("cs-reply-too-long", limit=REPLY_MAX_LENGTH))
        return
    name = escape(notify.display_name(turn.user))
    said = i18n.get(client.language)("cs-message-from-consultant", name=name, text=escape(text))
    sent = await notify.send_to(bot, client, said)
    await turn.state.clear()
    await message.answer(turn.t("cs-reply-sent" if sent else "cs-reply-failed"))


def build_router() -> Router:
    router = Router(name="consultant.session")
    router.callback_query.register(session_requested, SessionCb.filter(), Owned(FINISHED_VP))
    router.callback_query.register(reply_pressed, CsCb.filter(F.action == "reply"), Owned(CLIENT))
    router.message.register(reply_entered, StateFilter(ConsultantDialog.reply), PLAIN_TEXT)
    return router
