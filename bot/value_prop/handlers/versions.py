"""Revising a finished proposition (a new version after interviews), renaming it, and keeping
the previous version's answer under a question of a revision."""

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.db.models import User, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.fsm_update_cache import set_state_and_data
from bot.telegram.replies import drop_keyboard
from bot.value_prop import flow, render, service
from bot.value_prop.callbacks import VersionCb, VpCb
from bot.value_prop.handlers.guard import current_button
from bot.value_prop.handlers.library import send_list
from bot.value_prop.questions import FIELDS
from bot.value_prop.service import snapshot
from bot.value_prop.states import VpDialog
from bot.value_prop.versions import service as versions_service


async def _continue(
    message: Message, t: Translator, state: FSMContext, repo: Repositories, vp: ValueProposition
) -> None:
    """Go on with an open version where it stands: its next question or its review."""
    current = await snapshot(repo, vp)
    following = current.first_open_field()
    if following is None:
        await flow.show_review(message, t, state, current)
    else:
        await flow.ask(message, t, state, current, following)


async def revise_pressed(
    query: CallbackQuery,
    callback_data: VersionCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    vp = await repo.value_props.owned(callback_data.vp, user.id)
    message = query.message
    if vp is None or vp.status != VpStatus.DONE or not isinstance(message, Message):
        callback_answer.text = t("stale-button")
        return
    latest = versions_service.current(await versions_service.lineage(repo, vp))
    if latest.id != vp.id:
        if versions_service.is_open(latest):
            await _continue(message, t, state, repo, latest)
        else:
            await message.answer(t("vp-revise-newer", version=latest.version))
        return
    now = clock()
    if await repo.interviews.count_done(vp.id) == 0:
        await service.set_status(repo, vp=vp, status=VpStatus.REVIEW, now=now)
        await message.answer(t("vp-revise-in-place"))
        await flow.show_review(message, t, state, await snapshot(repo, vp))
        return
    revised = await versions_service.revise(repo, vp, now)
    await message.answer(
        t("vp-revise-started", version=revised.version, name=render.quote(revised.name))
    )
    await flow.ask(message, t, state, await snapshot(repo, revised), FIELDS[0])


async def rename_pressed(
    query: CallbackQuery,
    callback_data: VersionCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    callback_answer: CallbackAnswer,
) -> None:
    vp = await repo.value_props.owned(callback_data.vp, user.id)
    if vp is None or not isinstance(query.message, Message):
        callback_answer.text = t("stale-button")
        return
    await set_state_and_data(state, VpDialog.rename, {"vp_id": vp.id})
    await query.message.answer(t("vp-rename-ask", name=render.quote(vp.name)))


async def rename_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    vp_id = (await state.get_data()).get("vp_id")
    vp = await repo.value_props.owned(int(vp_id), user.id) if vp_id else None
    name = " ".join((message.text or "").split())
    if vp is None:
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    if not name or len(name) > flow.NAME_MAX_LENGTH:
        await message.answer(t("vp-name-invalid", limit=flow.NAME_MAX_LENGTH))
        return
    await versions_service.rename(repo, vp, name, clock())
    await state.clear()
    await message.answer(t("vp-renamed", name=render.quote(name)))
    await send_list(message, t, repo, user)


async def rename_not_text(
    message: Message, t: Translator, state: FSMContext, repo: Repositories, user: User
) -> None:
    """A sticker, photo or voice note instead of the new name: ask for text, keep the step."""
    vp_id = (await state.get_data()).get("vp_id")
    vp = await repo.value_props.owned(int(vp_id), user.id) if vp_id else None
    if vp is None:
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    await message.answer(t("vp-rename-not-text", name=render.quote(vp.name)))


async def keep_previous_pressed(
    query: CallbackQuery,
    callback_data: VpCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    """Take the previous version's answer into this version as it was, and move on."""
    found = await current_button(query, callback_data, state, repo, user)
    if found is None or found[1] is None:
        callback_answer.text = t("stale-button")
        return
    vp, field, message = found[0], found[1], found[2]
    current = await snapshot(repo, vp)
    if current.previous is None or not await service.keep_previous(
        repo, vp=vp, field=field, previous=current.previous, now=clock()
    ):
        callback_answer.text = t("stale-button")
        return
    await drop_keyboard(message)
    await state.update_data(coached=None, pending=None)
    callback_answer.text = t("vp-kept-toast")
    await flow.advance(message, t, state, repo, vp, field)


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="value_prop.versions")
    router.callback_query.register(revise_pressed, VersionCb.filter(F.action == "revise"))
    router.callback_query.register(rename_pressed, VersionCb.filter(F.action == "rename"))
    router.message.register(rename_entered, StateFilter(VpDialog.rename), PLAIN_TEXT)
    router.message.register(rename_not_text, StateFilter(VpDialog.rename), NO_TEXT)
    router.callback_query.register(keep_previous_pressed, VpCb.filter(F.action == "prev"))
    return router
