"""Revising a finished proposition (a new version after interviews), renaming it, and keeping
the previous version's answer under a question of a revision."""

from aiogram import F, Router
from aiogram.filters import StateFilter, or_f
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition, VpStatus
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.fsm_update_cache import set_state_and_data
from bot.telegram.ownership import Owned, forget_with
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VersionCb, VpCb
from bot.value_prop.handlers.library import send_list
from bot.value_prop.owned import ANY_VP, FINISHED_VP, QUESTION_VP
from bot.value_prop.questions import FIELDS, Field
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


async def keep_previous_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    field: Field,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    """Take the previous version's answer into this version as it was, and move on."""
    previous = (await snapshot(turn.repo, vp)).previous
    answer = previous.answers.get(field) if previous is not None else None
    if answer is None:
        callback_answer.text = turn.t("stale-button")
        return
    await turn.repo.value_props.add_revision(
        vp,
        field=field,
        text=answer.text,
        skipped=answer.skipped,
        now=turn.clock(),
        kept_finding=answer.kept_finding,
    )
    await drop_keyboard(message)
    await turn.state.update_data(coached=None, pending=None)
    callback_answer.text = turn.t("vp-kept-toast")
    await flow.advance(message, turn.t, turn.state, turn.repo, vp, field)


def build_router() -> Router:
    router = Router(name="value_prop.versions")
    callbacks = router.callback_query
    callbacks.register(revise_pressed, VersionCb.filter(F.action == "revise"), Owned(FINISHED_VP))
    callbacks.register(rename_pressed, VersionCb.filter(F.action == "rename"), Owned(ANY_VP))
    renaming = StateFilter(VpDialog.rename)
    router.message.register(rename_entered, renaming, PLAIN_TEXT, Owned(ANY_VP))
    router.message.register(rename_not_text, renaming, NO_TEXT, Owned(ANY_VP))
    router.message.register(forget_with("vp-lost"), renaming, or_f(PLAIN_TEXT, NO_TEXT))
    callbacks.register(keep_previous_pressed, VpCb.filter(F.action == "prev"), Owned(QUESTION_VP))
    return router
