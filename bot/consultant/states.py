"""FSM states of the consultant workspace."""

from aiogram.fsm.state import State, StatesGroup


class ConsultantDialog(StatesGroup):
    reply = State()  # the consultant's answer to a client, sent through the bot
