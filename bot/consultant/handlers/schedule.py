"""A consultant schedules a message for one client or all clients, at each one's local time."""

from datetime import date, time, timedelta

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.consultant.callbacks import CsCb
from bot.consultant.clients import clients_of
from bot.consultant.schedule_report import report
from bot.consultant.states import ConsultantDialog
from bot.reminders.consultant_messages import MAX_TEXT_LENGTH, schedule_consultant_message
from bot.roles import CLIENT_OR_ALL, is_consultant
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned, refuse_with
from bot.telegram.replies import answer_long, drop_keyboard
from bot.telegram.turn import Turn
from bot.typed_dates import parse_moment, parse_time

QUICK_DAYS = ("0", "1", "2")  # today, tomorrow, the day after
QUICK_TIMES = ("09:00", "12:00", "18:00")


async def schedule_pressed(
    query: CallbackQuery, callback_data: CsCb, message: Message, turn: Turn
) -> None:
    client_id = callback_data.arg
    await turn.state.set_state(ConsultantDialog.schedule_text)
    await turn.state.set_data({"client_id": client_id})
    key = "cs-schedule-ask-one" if client_id else "cs-schedule-ask-all"
    await message.answer(turn.t(key, limit=MAX_TEXT_LENGTH))


async def text_entered(message: Message, turn: Turn) -> None:
    text = (message.text or "").strip()
    if not text or len(text) > MAX_TEXT_LENGTH:
        await message.answer(turn.t("cs-reply-too-long", limit=MAX_TEXT_LENGTH))
        return
    await turn.state.update_data(text=text)
    await turn.state.set_state(ConsultantDialog.schedule_day)
    row: list[Button] = [
        (turn.t(f"btn-cs-day-{days}"), CsCb(action="day", value=days)) for days in QUICK_DAYS
    ]
    await message.answer(turn.t("cs-schedule-ask-day"), reply_markup=inline([row]))


async def _ask_time(message: Message, turn: Turn, day: date) -> None:
    await turn.state.update_data(day=day.isoformat())
    await turn.state.set_state(ConsultantDialog.schedule_time)
    row: list[Button] = [
        (value, CsCb(action="time", value=value.replace(":", ""))) for value in QUICK_TIMES
    ]
    await message.answer(turn.t("cs-schedule-ask-time"), reply_markup=inline([row]))


async def day_entered(message: Message, turn: Turn) -> None:
    found = parse_moment(message.text or "", turn.today())
    if found is None:
        await message.answer(turn.t("cs-schedule-day-invalid"))
        return
    day, at = found
    if at is None:
        await _ask_time(message, turn, day)
        return
    await turn.state.update_data(day=day.isoformat())  # "завтра в 10": the time step is done too
    await _schedule(message, turn, at)


async def time_entered(message: Message, turn: Turn) -> None:
    at = parse_time(message.text or "")
    if at is None:
        await message.answer(turn.t("cs-schedule-time-invalid"))
        return
    await _schedule(message, turn, at)


async def quick_pressed(
    query: CallbackQuery, callback_data: CsCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """A quick day or time button; it works only at its own step of the dialogue."""
    value, is_day = callback_data.value, callback_data.action == "day"
    at = None if is_day else parse_time(f"{value[:2]}:{value[2:]}")
    step = ConsultantDialog.schedule_day if is_day else ConsultantDialog.schedule_time
    if (
        await turn.state.get_state() != step.state
        or not (value in QUICK_DAYS if is_day else at is not None)
        or not isinstance(query.message, Message)
    ):
        callback_answer.text = turn.t("stale-button")
        return
    await drop_keyboard(query.message)
    if at is None:
        await _ask_time(query.message, turn, turn.today() + timedelta(days=int(value)))
    else:
        await _schedule(query.message, turn, at)


async def _schedule(message: Message, turn: Turn, at: time) -> None:
    """Re-check the role and the clients now, then put the messages into the outbox."""
    data = await turn.state.get_data()
    await turn.state.clear()
    if not is_consultant(turn.user, turn.settings) or "day" not in data:
        await message.answer(turn.t("cmd-unavailable"))
        return
    day, client_id = date.fromisoformat(str(data["day"])), int(data.get("client_id") or 0)
    if client_id:
        targets = [client_id]
    else:
        targets = [client.id for client in await clients_of(turn.repo.session, turn.user.id)]
    result = await schedule_consultant_message(
        turn.repo.session,
        consultant_id=turn.user.id,
        user_ids=targets,
        text=str(data.get("text", "")),
        local_date=day,
        local_time=at,
        now=turn.clock(),
    )
    await turn.repo.flush()
    await answer_long(message, report(turn.t, result, day=day, at=at, now=turn.clock()))


def build_router() -> Router:
    router = Router(name="consultant.schedule")
    router.callback_query.register(
        schedule_pressed, CsCb.filter(F.action == "sched"), Owned(CLIENT_OR_ALL)
    )
    router.callback_query.register(quick_pressed, CsCb.filter(F.action.in_({"day", "time"})))
    router.message.register(text_entered, StateFilter(ConsultantDialog.schedule_text), PLAIN_TEXT)
    router.message.register(day_entered, StateFilter(ConsultantDialog.schedule_day), PLAIN_TEXT)
    router.message.register(time_entered, StateFilter(ConsultantDialog.schedule_time), PLAIN_TEXT)
    # The reply to a client and the scheduled message are typed: no stickers or photos.
    router.message.register(refuse_with("cs-text-please"), StateFilter(ConsultantDialog), NO_TEXT)
    return router
