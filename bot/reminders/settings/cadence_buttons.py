"""Interview cadence set-up: proposition, goal, deadline, weekdays and time; or turning it off."""

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import ValueProposition
from bot.reminders.callbacks import CadCb, RemCb
from bot.reminders.outbox.reminders import active
from bot.reminders.rules import Kind
from bot.reminders.settings import cadence_form, render
from bot.reminders.settings.cadence_service import cadence_rule, stop
from bot.reminders.settings.cadence_typed import save, summary
from bot.reminders.settings.states import ReminderInput, begin_input
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.replies import safe_edit
from bot.telegram.turn import Turn
from bot.text.html import quote
from bot.value_prop.owned import FINISHED_VP, finished_vp
from bot.value_prop.versions.service import latest_finished


async def cadence_pressed(query: CallbackQuery, turn: Turn) -> None:
    """The current cadence (change, turn off) or, without one, the first step."""
    if not isinstance(query.message, Message):
        return
    current = await active(turn.repo.session, turn.user.id, Kind.CADENCE)
    rule = cadence_rule(current) if current else None
    vp = await finished_vp(turn.repo, turn.user, rule.vp) if rule and rule.vp else None
    if rule is None or vp is None or rule.until is None:
        await start(query.message, turn)
        return
    text = summary(
        turn, "rem-cad-current", vp.name, rule.goal or 0, rule.until, rule.days, rule.at
    )
    rows: list[list[Button]] = [
        [(turn.t("btn-rem-cad-change"), CadCb(action="new", vp=0))],
        [(turn.t("btn-rem-cad-off"), CadCb(action="off", vp=0))],
        render.back_row(turn.t),
    ]
    await safe_edit(query.message, text, inline(rows))


async def start(message: Message, turn: Turn) -> None:
    # One entry per proposition: its latest finished version (where interviews now go).
    t, finished = turn.t, await latest_finished(turn.repo, turn.user.id)
    if not finished:
        await safe_edit(message, t("rem-cad-need-vp"), inline([render.back_row(t)]))
    elif len(finished) == 1:
        vp = finished[0]
        text = t("rem-cad-goal-ask", name=quote(vp.name))
        await safe_edit(message, text, cadence_form.goal_keyboard(t, vp.id))
    else:
        rows: list[list[Button]] = [[(vp.name, CadCb(action="vp", vp=vp.id))] for vp in finished]
        await safe_edit(message, t("rem-cad-pick-vp"), inline([*rows, render.back_row(t)]))


async def manage_pressed(
    query: CallbackQuery, callback_data: CadCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """Start over ("change") or turn the cadence off."""
    if not isinstance(query.message, Message):
        return
    if callback_data.action == "new":
        await start(query.message, turn)
        return
    current = await active(turn.repo.session, turn.user.id, Kind.CADENCE)
    if current is not None:
        await stop(turn.repo.session, current)
        await turn.repo.flush()
    callback_answer.text = turn.t("rem-cad-turned-off")
    await safe_edit(query.message, turn.t("rem-cad-turned-off"), inline([render.back_row(turn.t)]))


async def step_pressed(
    query: CallbackQuery,
    callback_data: CadCb,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    action, draft = callback_data.action, callback_data
    today = turn.today()
    if action == "vp":
        text = turn.t("rem-cad-goal-ask", name=quote(vp.name))
        await safe_edit(message, text, cadence_form.goal_keyboard(turn.t, vp.id))
    elif action == "goal" and draft.goal in cadence_form.GOALS:
        text = turn.t("rem-cad-by-ask", goal=draft.goal)
        await safe_edit(message, text, cadence_form.deadline_keyboard(turn.t, draft, today))
    elif action == "bytype" and draft.goal in cadence_form.GOALS:
        await begin_input(turn.state, ReminderInput.cadence_date, vp=vp.id, goal=draft.goal)
        await message.answer(turn.t("rem-cad-date-ask"))
    elif action in {"by", "day"} and cadence_form.unpack_date(draft.by) is not None:
        await safe_edit(
            message, turn.t("rem-cad-days-ask"), cadence_form.days_keyboard(turn.t, draft)
        )
    elif action == "days" and not draft.days:
        callback_answer.text = turn.t("rem-cad-days-none")
    elif action == "days":
        await safe_edit(
            message, turn.t("rem-cad-time-ask"), cadence_form.time_keyboard(turn.t, draft)
        )
    elif action == "attype":
        data = {"vp": vp.id, "goal": draft.goal, "by": draft.by, "days": draft.days}
        await begin_input(turn.state, ReminderInput.cadence_time, **data)
        await message.answer(turn.t("rem-cad-time-typed-ask"))
    elif action == "at" and 0 <= draft.at < 24 * 60:
        text = await save(turn, draft)
        await safe_edit(message, text, inline([render.back_row(turn.t)]))
    else:
        callback_answer.text = turn.t("stale-button")


def build_router() -> Router:
    router = Router(name="reminders.cadence")
    router.callback_query.register(cadence_pressed, RemCb.filter(F.action == "cadence"))
    router.callback_query.register(manage_pressed, CadCb.filter(F.action.in_({"new", "off"})))
    router.callback_query.register(step_pressed, CadCb.filter(), Owned(FINISHED_VP))
    return router
