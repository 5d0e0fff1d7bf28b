"""/clients: the consultant's founders, one client's work, the funnel, notification switches."""

from datetime import datetime
from html import escape

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.config import Settings
from bot.consultant import linking, notify, render
from bot.consultant.callbacks import CsCb
from bot.consultant.client_view import client_report
from bot.consultant.clients import clients_of, facts_for
from bot.consultant.funnel import funnel
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import I18n, Translator
from bot.roles import is_admin, is_client_of, is_consultant
from bot.telegram.keyboards import inline
from bot.telegram.replies import answer_long, safe_edit


def _scope(user: User, settings: Settings) -> int | None:
    """Admins see every linked client; consultants their own."""
    return None if is_admin(user, settings) else user.id


async def _page(
    repo: Repositories, user: User, settings: Settings, t: Translator, page: int, now: datetime
) -> tuple[str, InlineKeyboardMarkup]:
    clients = await clients_of(repo.session, _scope(user, settings))
    facts = await facts_for(repo.session, clients)
    return render.clients_page(t, clients, facts, page, now)


async def cmd_clients(
    message: Message,
    t: Translator,
    repo: Repositories,
    user: User,
    settings: Settings,
    clock: Clock,
) -> None:
    if not is_consultant(user, settings):
        await message.answer(t("cmd-unavailable"))
        return
    text, keyboard = await _page(repo, user, settings, t, 0, clock())
    await message.answer(text, reply_markup=keyboard)


async def workspace_pressed(
    query: CallbackQuery,
    callback_data: CsCb,
    t: Translator,
    repo: Repositories,
    user: User,
    settings: Settings,
    i18n: I18n,
    bot: Bot,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    """Every workspace button re-checks the role and the client link in the database."""
    message = query.message
    if not is_consultant(user, settings) or not isinstance(message, Message):
        callback_answer.text = t("cmd-unavailable")
        return
    action = callback_data.action
    if action == "page":
        text, keyboard = await _page(repo, user, settings, t, callback_data.arg, clock())
        await safe_edit(message, text, keyboard)
        return
    if action == "funnel":
        clients = await clients_of(repo.session, _scope(user, settings))
        facts = await facts_for(repo.session, clients)
        await message.answer(render.funnel_text(t, funnel(list(facts.values()))))
        return
    if action in {"mute", "toggle"}:
        if action == "toggle":
            if callback_data.value == "vp":
                user.notify_vp_done = not user.notify_vp_done
            elif callback_data.value == "interview":
                user.notify_interview = not user.notify_interview
            await repo.flush()
        keyboard = render.mute_keyboard(t, user)
        if action == "mute":
            await message.answer(t("cs-notify-settings"), reply_markup=keyboard)
        else:
            await safe_edit(message, t("cs-notify-settings"), keyboard)
        return
    callback_answer.text = t("stale-button")


async def client_pressed(
    query: CallbackQuery,
    callback_data: CsCb,
    t: Translator,
    repo: Repositories,
    user: User,
    settings: Settings,
    i18n: I18n,
    bot: Bot,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    """Actions on one client: the role and the link are checked in the database first."""
    message = query.message
    client = await repo.users.get(callback_data.arg)
    if (
        not is_consultant(user, settings)
        or not is_client_of(client, user, settings)
        or client is None
        or not isinstance(message, Message)
    ):
        callback_answer.text = t("cmd-unavailable")
        return
    action = callback_data.action
    if action == "client":
        report = await client_report(repo, t, client, clock(), reader_zone=user.timezone)
        await answer_long(message, report, reply_markup=render.client_keyboard(t, client.id))
    elif action == "unlink":
        await message.answer(
            t("cs-unlink-client-confirm", name=escape(notify.display_name(client))),
            reply_markup=inline(
                [[(t("btn-cs-unlink-yes"), CsCb(action="unlinkok", arg=client.id))]]
            ),
        )
    elif action == "unlinkok":
        linking.unlink(client)
        await repo.flush()
        await message.answer(t("cs-client-unlinked"))
        ft = i18n.get(client.language)
        await notify.send_to(bot, client, ft("cs-unlinked-by-consultant"))
    else:
        callback_answer.text = t("stale-button")


def build_router() -> Router:
    router = Router(name="consultant.clients")
    router.message.register(cmd_clients, Command("clients"))
    router.callback_query.register(
        workspace_pressed,
        CsCb.filter(F.action.in_({"page", "funnel", "mute", "toggle"})),
    )
    router.callback_query.register(
        client_pressed, CsCb.filter(F.action.in_({"client", "unlink", "unlinkok"}))
    )
    return router
