"""Starting a new value proposition and opening the founder's earlier ones."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.db.models import User, VpStatus
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.callbacks import MenuCb, VpOpenCb
from bot.telegram.keyboards import Button, inline
from bot.value_prop import flow, render
from bot.value_prop.service import snapshot


async def cmd_new(message: Message, t: Translator, state: FSMContext) -> None:
    await flow.ask_name(message, t, state)


async def new_pressed(query: CallbackQuery, t: Translator, state: FSMContext) -> None:
    if isinstance(query.message, Message):
        await flow.ask_name(query.message, t, state)


async def send_list(message: Message, t: Translator, repo: Repositories, user: User) -> None:
    vps = await repo.value_props.list_for_user(user.id)
    if not vps:
        await message.answer(t("vp-list-empty"), reply_markup=render.done_keyboard(t))
        return
    rows: list[list[Button]] = [
        [(t("vp-list-item", name=vp.name, status=vp.status), VpOpenCb(vp=vp.id))] for vp in vps
    ]
    rows.append([(t("btn-new-vp"), MenuCb(action="new"))])
    await message.answer(t("vp-list-title", count=len(vps)), reply_markup=inline(rows))


async def cmd_list(message: Message, t: Translator, repo: Repositories, user: User) -> None:
    await send_list(message, t, repo, user)


async def list_pressed(
    query: CallbackQuery, t: Translator, repo: Repositories, user: User
) -> None:
    if isinstance(query.message, Message):
        await send_list(query.message, t, repo, user)


async def open_pressed(
    query: CallbackQuery,
    callback_data: VpOpenCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    vp = await repo.value_props.owned(callback_data.vp, user.id)
    if vp is None or vp.status == VpStatus.ABANDONED or not isinstance(query.message, Message):
        callback_answer.text = t("stale-button")
        return
    current = await snapshot(repo, vp)
    if vp.status == VpStatus.DONE:
        await flow.send_card(query.message, t, current, user, vp.completed_at or clock())
        return
    following = current.first_open_field()
    if following is None:
        await flow.show_review(query.message, t, state, current)
    else:
        await state.update_data(vp_id=vp.id)
        await flow.ask(query.message, t, state, current, following)


def build_router() -> Router:
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="value_prop.library")
    router.message.register(cmd_new, Command("new"))
    router.callback_query.register(new_pressed, MenuCb.filter(F.action == "new"))
    router.message.register(cmd_list, Command("list"))
    router.callback_query.register(list_pressed, MenuCb.filter(F.action == "list"))
    router.callback_query.register(open_pressed, VpOpenCb.filter())
    return router
