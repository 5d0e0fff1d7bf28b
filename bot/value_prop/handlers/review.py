"""The review after the fifth answer: edit any answer (history kept), confirm → the card."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.db.models import User, VpStatus
from bot.db.repositories import Repositories
from bot.events import Events
from bot.i18n import Translator
from bot.telegram.replies import drop_keyboard
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VpCb
from bot.value_prop.card.extras import CardExtras
from bot.value_prop.handlers.guard import current_button
from bot.value_prop.hooks import PropositionFinished
from bot.value_prop.questions import Field
from bot.value_prop.service import snapshot
from bot.value_prop.states import VpDialog


async def edit_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    callback_answer: CallbackAnswer,
) -> None:
    found = await current_button(query, callback_data, state, repo, user, check_field=False)
    if found is None or callback_data.field not in Field.__members__.values():
        callback_answer.text = t("stale-button")
        return
    vp, _, message = found
    await drop_keyboard(message)
    field = Field(callback_data.field)
    await flow.ask(message, t, state, await snapshot(repo, vp), field, return_to_review=True)


async def edit_cancelled(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    callback_answer: CallbackAnswer,
) -> None:
    found = await current_button(query, callback_data, state, repo, user)
    if found is None or not (await state.get_data()).get("return_to_review"):
        callback_answer.text = t("stale-button")
        return
    vp, _, message = found
    await drop_keyboard(message)
    await flow.show_review(message, t, state, await snapshot(repo, vp))


async def confirm_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    events: Events,
    card_extras: CardExtras,
    callback_answer: CallbackAnswer,
) -> None:
    found = await current_button(query, callback_data, state, repo, user)
    if found is None:
        callback_answer.text = t("stale-button")
        return
    vp, _, message = found
    await drop_keyboard(message)
    now = clock()
    await service.set_status(repo, vp=vp, status=VpStatus.DONE, now=now)
    await state.clear()
    callback_answer.text = t("vp-done-toast")
    await message.answer(t("vp-done", name=render.quote(vp.name)))
    await flow.send_card(message, t, await snapshot(repo, vp), user, now, extras=card_extras)
    if message.bot is not None:
        await events.emit(PropositionFinished(message.bot, repo, user, vp.name))


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="value_prop.review")
    router.callback_query.register(
        edit_pressed, StateFilter(VpDialog.review), VpCb.filter(F.action == "edit")
    )
    router.callback_query.register(edit_cancelled, VpCb.filter(F.action == "review"))
    router.callback_query.register(
        confirm_pressed, StateFilter(VpDialog.review), VpCb.filter(F.action == "confirm")
    )
    return router
