"""Starting a new value proposition and opening the founder's earlier ones."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.db.models import User, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import Button, inline
from bot.telegram.replies import answer_long
from bot.value_prop import flow, render
from bot.value_prop.callbacks import VpOpenCb
from bot.value_prop.card.extras import CardExtras
from bot.value_prop.service import snapshot
from bot.value_prop.versions import service as versions_service
from bot.value_prop.versions.lineage import lineages


async def cmd_new(message: Message, t: Translator, state: FSMContext) -> None:
    await flow.ask_name(message, t, state)


async def new_pressed(query: CallbackQuery, t: Translator, state: FSMContext) -> None:
    if isinstance(query.message, Message):
        await flow.ask_name(query.message, t, state)


def _lineage_rows(t: Translator, group: list[ValueProposition]) -> list[list[Button]]:
    """The current version first (with its version once there are several), then the others,
    newest first."""
    latest = versions_service.current(group)
    if latest.status == VpStatus.ABANDONED and len(group) == 1:
        label = t("vp-list-abandoned", name=latest.name)
    elif len(group) == 1:
        label = t("vp-list-item", name=latest.name, status=latest.status)
    else:
        version = t("card-version", version=latest.version)
        label = t("vp-list-version", name=latest.name, status=latest.status, version=version)
    rows: list[list[Button]] = [[(label, VpOpenCb(vp=latest.id))]]
    for older in reversed([entry for entry in group if entry is not latest]):
        version = t("card-version", version=older.version)
        rows.append(
            [(t("vp-list-older", status=older.status, version=version), VpOpenCb(vp=older.id))]
        )
    return rows


async def send_list(message: Message, t: Translator, repo: Repositories, user: User) -> None:
    """Every proposition with its versions, started-over ones included (they are kept)."""
    groups = lineages(await repo.value_props.all_for_user(user.id))
    if not groups:
        await message.answer(t("vp-list-empty"), reply_markup=render.done_keyboard(t))
        return
    rows: list[list[Button]] = []
    for group in groups:
        rows.extend(_lineage_rows(t, group))
    rows.append([(t("btn-new-vp"), MenuCb(action="new"))])
    text = t("vp-list-title", count=len(groups))
    if len(rows) - 1 > len(groups) or any(versions_service.started_over(g[-1]) for g in groups):
        text += "\n" + t("vp-list-history")
    await message.answer(text, reply_markup=inline(rows))


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
    card_extras: CardExtras,
    callback_answer: CallbackAnswer,
) -> None:
    vp = await repo.value_props.owned(callback_data.vp, user.id)
    if vp is None or not isinstance(query.message, Message):
        callback_answer.text = t("stale-button")
        return
    current = await snapshot(repo, vp)
    if vp.status == VpStatus.ABANDONED:  # kept as it was: shown, not reopened
        await answer_long(
            query.message,
            t("vp-abandoned-view", name=render.quote(vp.name))
            + "\n\n"
            + render.answers_text(t, current),
            reply_markup=render.done_keyboard(t),
        )
        return
    if vp.status == VpStatus.DONE:
        several = len(await versions_service.lineage(repo, vp)) > 1
        await flow.send_card(
            query.message,
            t,
            current,
            user,
            vp.completed_at or clock(),
            extras=card_extras,
            evidence=await card_extras.evidence(repo, vp, current.texts()),
            show_version=several,
        )
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
