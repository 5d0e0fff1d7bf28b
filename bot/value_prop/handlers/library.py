"""Starting a new value proposition and opening the founder's earlier ones."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.db.models import User, ValueProposition, VpStatus
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.replies import answer_long
from bot.telegram.turn import Turn
from bot.value_prop import flow, render
from bot.value_prop.callbacks import VpOpenCb
from bot.value_prop.card.extras import CardExtras
from bot.value_prop.owned import ANY_VP
from bot.value_prop.service import snapshot
from bot.value_prop.versions import service as versions_service
from bot.value_prop.versions.lineage import lineages


async def start_new(event: Message | CallbackQuery, turn: Turn) -> None:
    message = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(message, Message):
        await flow.ask_name(message, turn.t, turn.state)


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
        label = t("vp-list-older", status=older.status, version=version)
        rows.append([(label, VpOpenCb(vp=older.id))])
    return rows


async def send_list(message: Message, t: Translator, repo: Repositories, user: User) -> None:
    """Every proposition with its versions, started-over ones included (they are kept)."""
    groups = lineages(await repo.value_props.all_for_user(user.id))
    if not groups:
        await message.answer(t("vp-list-empty"), reply_markup=render.done_keyboard(t))
        return
    rows = [row for group in groups for row in _lineage_rows(t, group)]
    rows.append([(t("btn-new-vp"), MenuCb(action="new"))])
    text = t("vp-list-title", count=len(groups))
    if len(rows) - 1 > len(groups) or any(versions_service.started_over(g[-1]) for g in groups):
        text += "\n" + t("vp-list-history")
    await message.answer(text, reply_markup=inline(rows))


async def show_list(event: Message | CallbackQuery, turn: Turn) -> None:
    message = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(message, Message):
        await send_list(message, turn.t, turn.repo, turn.user)


async def open_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    card_extras: CardExtras,
) -> None:
    current = await snapshot(turn.repo, vp)
    if vp.status == VpStatus.ABANDONED:  # kept as it was: shown, not reopened
        view = turn.t("vp-abandoned-view", name=render.quote(vp.name))
        text = f"{view}\n\n{render.answers_text(turn.t, current)}"
        await answer_long(message, text, reply_markup=render.done_keyboard(turn.t))
        return
    if vp.status == VpStatus.DONE:
        several = len(await versions_service.lineage(turn.repo, vp)) > 1
        completed = vp.completed_at or turn.clock()
        evidence = await card_extras.evidence(turn.repo, vp, current.texts())
        card = flow.card_data(
            turn.t, current, turn.user, completed, evidence=evidence, show_version=several
        )
        await flow.send_card(message, turn.t, current, card, card_extras)
        return
    await turn.state.update_data(vp_id=vp.id)
    await flow.ask_or_review(message, turn.t, turn.state, current, current.first_open_field())


def build_router() -> Router:
    router = Router(name="value_prop.library")
    router.message.register(start_new, Command("new"))
    router.callback_query.register(start_new, MenuCb.filter(F.action == "new"))
    router.message.register(show_list, Command("list"))
    router.callback_query.register(show_list, MenuCb.filter(F.action == "list"))
    router.callback_query.register(open_pressed, VpOpenCb.filter(), Owned(ANY_VP))
    return router
