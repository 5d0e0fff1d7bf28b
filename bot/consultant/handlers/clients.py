"""/clients: the consultant's founders, one client's work, the funnel, notification switches."""

from html import escape

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.consultant import linking, notify, render
from bot.consultant.callbacks import CsCb
from bot.consultant.client_view import client_report
from bot.consultant.clients import clients_of, facts_for
from bot.consultant.funnel import ClientFacts, funnel
from bot.db.models import User
from bot.i18n import I18n
from bot.roles import CLIENT, CONSULTANT, is_admin
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.replies import answer_long, safe_edit
from bot.telegram.turn import Turn


async def _clients(turn: Turn) -> tuple[list[User], dict[int, ClientFacts]]:
    """The clients this user sees (admins every linked client, consultants their own)."""
    scope = None if is_admin(turn.user, turn.settings) else turn.user.id
    clients = await clients_of(turn.repo.session, scope)
    return clients, await facts_for(turn.repo.session, clients)


async def cmd_clients(message: Message, turn: Turn) -> None:
    text, keyboard = render.clients_page(turn.t, *await _clients(turn), 0, turn.clock())
    await message.answer(text, reply_markup=keyboard)


async def workspace_pressed(
    query: CallbackQuery,
    callback_data: CsCb,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    """Every workspace button re-checks the role in the database (the ``CONSULTANT`` filter)."""
    action = callback_data.action
    if action == "page":
        page = callback_data.arg
        text, keyboard = render.clients_page(turn.t, *await _clients(turn), page, turn.clock())
        await safe_edit(message, text, keyboard)
        return
    if action == "funnel":
        _, facts = await _clients(turn)
        await message.answer(render.funnel_text(turn.t, funnel(list(facts.values()))))
        return
    if action == "toggle" and (switch := render.MUTE_SWITCHES.get(callback_data.value)):
        setattr(turn.user, switch, not getattr(turn.user, switch))
        await turn.repo.flush()
    if action in {"mute", "toggle"}:
        text, keyboard = turn.t("cs-notify-settings"), render.mute_keyboard(turn.t, turn.user)
        if action == "mute":
            await message.answer(text, reply_markup=keyboard)
        else:
            await safe_edit(message, text, keyboard)
        return
    callback_answer.text = turn.t("stale-button")


async def client_pressed(
    query: CallbackQuery,
    callback_data: CsCb,
    client: User,
    message: Message,
    turn: Turn,
    i18n: I18n,
    bot: Bot,
    callback_answer: CallbackAnswer,
) -> None:
    """Actions on one client: the role and the link are checked in the database (``CLIENT``)."""
    action = callback_data.action
    if action == "client":
        report = await client_report(
            turn.repo, turn.t, client, turn.clock(), reader_zone=turn.user.timezone
        )
        await answer_long(message, report, reply_markup=render.client_keyboard(turn.t, client.id))
    elif action == "unlink":
        yes: Button = (turn.t("btn-cs-unlink-yes"), CsCb(action="unlinkok", arg=client.id))
        text = turn.t("cs-unlink-client-confirm", name=escape(notify.display_name(client)))
        await message.answer(text, reply_markup=inline([[yes]]))
    elif action == "unlinkok":
        linking.unlink(client)
        await turn.repo.flush()
        await message.answer(turn.t("cs-client-unlinked"))
        await notify.send_to(bot, client, i18n.get(client.language)("cs-unlinked-by-consultant"))
    else:
        callback_answer.text = turn.t("stale-button")


def build_router() -> Router:
    router = Router(name="consultant.clients")
    router.message.register(cmd_clients, Command("clients"), Owned(CONSULTANT))
    router.callback_query.register(
        workspace_pressed,
        CsCb.filter(F.action.in_({"page", "funnel", "mute", "toggle"})),
        Owned(CONSULTANT),
    )
    router.callback_query.register(
        client_pressed, CsCb.filter(F.action.in_({"client", "unlink", "unlinkok"})), Owned(CLIENT)
    )
    return router
