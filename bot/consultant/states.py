"""FSM states of the consultant workspace."""

from aiogram.fsm.state import State, StatesGroup


class ConsultantDialog(StatesGroup):
    reply = State()  # the consultant's answer to a client, sent through the bot
    schedule_text = State()  # a message to schedule for one client or all clients
    schedule_day = State()
    schedule_time = State()
