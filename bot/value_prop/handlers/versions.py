"""Revising a finished proposition (a new version after interviews) and renaming it."""

from aiogram import F, Router
from aiogram.filters import StateFilter, or_f
from aiogram.types import CallbackQuery, Message

from bot.db.models import ValueProposition, VpStatus
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.fsm_update_cache import set_state_and_data
from bot.telegram.ownership import Owned, forget_with
from bot.telegram.turn import Turn
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VersionCb
from bot.value_prop.handlers.library import send_list
from bot.value_prop.owned import ANY_VP, FINISHED_VP
from bot.value_prop.questions import FIELDS
from bot.value_prop.service import snapshot
from bot.value_prop.states import VpDialog
from bot.value_prop.versions import service as versions_service


async def revise_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    latest = versions_service.current(await versions_service.lineage(turn.repo, vp))
    if latest.id != vp.id:
        if versions_service.is_open(latest):
            current = await snapshot(turn.repo, latest)  # go on where it stands
            following = current.first_open_field()
            await flow.ask_or_review(message, turn.t, turn.state, current, following)
        else:
            await message.answer(turn.t("vp-revise-newer", version=latest.version))
        return
    now = turn.clock()
    if await turn.repo.interviews.count_done(vp.id) == 0:
        service.set_status(vp, VpStatus.REVIEW, now)
        await message.answer(turn.t("vp-revise-in-place"))
        await flow.show_review(message, turn.t, turn.state, await snapshot(turn.repo, vp))
        return
    revised = await versions_service.revise(turn.repo, vp, now)
    started = turn.t("vp-revise-started", version=revised.version, name=render.quote(revised.name))
    await message.answer(started)
    await flow.ask(message, turn.t, turn.state, await snapshot(turn.repo, revised), FIELDS[0])


async def rename_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    await set_state_and_data(turn.state, VpDialog.rename, {"vp_id": vp.id})
    await message.answer(turn.t("vp-rename-ask", name=render.quote(vp.name)))


async def rename_entered(message: Message, vp: ValueProposition, turn: Turn) -> None:
    name = " ".join((message.text or "").split())
    if not name or len(name) > flow.NAME_MAX_LENGTH:
        await message.answer(turn.t("vp-name-invalid", limit=flow.NAME_MAX_LENGTH))
        return
    await versions_service.rename(turn.repo, vp, name, turn.clock())
    await turn.state.clear()
    await message.answer(turn.t("vp-renamed", name=render.quote(name)))
    await send_list(message, turn.t, turn.repo, turn.user)


async def rename_not_text(message: Message, vp: ValueProposition, turn: Turn) -> None:
    """A sticker, photo or voice note instead of the new name: ask for text, keep the step."""
    await message.answer(turn.t("vp-rename-not-text", name=render.quote(vp.name)))


def build_router() -> Router:
    router = Router(name="value_prop.versions")
    callbacks = router.callback_query
    callbacks.register(revise_pressed, VersionCb.filter(F.action == "revise"), Owned(FINISHED_VP))
    callbacks.register(rename_pressed, VersionCb.filter(F.action == "rename"), Owned(ANY_VP))
    renaming = StateFilter(VpDialog.rename)
    router.message.register(rename_entered, renaming, PLAIN_TEXT, Owned(ANY_VP))
    router.message.register(rename_not_text, renaming, NO_TEXT, Owned(ANY_VP))
    router.message.register(forget_with("vp-lost"), renaming, or_f(PLAIN_TEXT, NO_TEXT))
    return router
