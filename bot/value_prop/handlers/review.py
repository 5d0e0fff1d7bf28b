"""The review after the fifth answer: edit any answer (history kept), confirm → the card."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition, VpStatus
from bot.events import Events
from bot.telegram.ownership import Owned
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VpCb
from bot.value_prop.card.extras import CardExtras
from bot.value_prop.hooks import PropositionFinished
from bot.value_prop.owned import DIALOGUE_VP, STEP_VP
from bot.value_prop.questions import Field
from bot.value_prop.service import snapshot
from bot.value_prop.states import VpDialog


async def edit_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.field not in Field.__members__.values():
        callback_answer.text = turn.t("stale-button")
        return
    await drop_keyboard(message)
    field = Field(callback_data.field)
    await flow.ask(
        message, turn.t, turn.state, await snapshot(turn.repo, vp), field, return_to_review=True
    )


async def edit_cancelled(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    if not (await turn.state.get_data()).get("return_to_review"):
        callback_answer.text = turn.t("stale-button")
        return
    await drop_keyboard(message)
    await flow.show_review(message, turn.t, turn.state, await snapshot(turn.repo, vp))


async def confirm_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    events: Events,
    card_extras: CardExtras,
    callback_answer: CallbackAnswer,
) -> None:
    await drop_keyboard(message)
    now = turn.clock()
    service.set_status(vp, VpStatus.DONE, now)
    await turn.state.clear()
    callback_answer.text = turn.t("vp-done-toast")
    await message.answer(turn.t("vp-done", name=render.quote(vp.name)))
    current = await snapshot(turn.repo, vp)
    card = flow.card_data(turn.t, current, turn.user, now)
    await flow.send_card(message, turn.t, current, card, card_extras)
    if message.bot is not None:
        await events.emit(PropositionFinished(message.bot, turn.repo, turn.user, vp.name))


def build_router() -> Router:
    router = Router(name="value_prop.review")
    callbacks, at_review = router.callback_query, StateFilter(VpDialog.review)
    at_step, in_dialogue = Owned(STEP_VP), Owned(DIALOGUE_VP)
    callbacks.register(edit_pressed, at_review, VpCb.filter(F.action == "edit"), in_dialogue)
    callbacks.register(edit_cancelled, VpCb.filter(F.action == "review"), at_step)
    callbacks.register(confirm_pressed, at_review, VpCb.filter(F.action == "confirm"), at_step)
    return router
