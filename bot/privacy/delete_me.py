"""/delete_me: what will be erased, a confirmation bound to the user, then the erasure."""

import secrets
from datetime import datetime, timedelta

from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.privacy.deletion import erase_user
from bot.telegram.keyboards import inline
from bot.telegram.replies import drop_keyboard
from bot.telegram.turn import Turn

# How long the confirmation button works; after that /delete_me must be sent again.
CONFIRM_TTL = timedelta(minutes=10)
# FSM data keys of the pending confirmation (a random nonce and when it was issued).
NONCE_KEY = "delete_nonce"
ISSUED_KEY = "delete_issued_at"


class DeleteCb(CallbackData, prefix="d1"):
    """Confirming ("yes") or cancelling ("no") the erasure of user ``uid``'s data.

    ``nonce`` must match the one stored in that user's FSM data when the question was asked:
    an old, repeated or forged button finds no match and changes nothing.
    """

    action: str
    uid: int
    nonce: str


async def cmd_delete_me(message: Message, turn: Turn) -> None:
    nonce = secrets.token_hex(6)
    await turn.state.update_data({NONCE_KEY: nonce, ISSUED_KEY: turn.clock().isoformat()})
    minutes = int(CONFIRM_TTL.total_seconds() // 60)
    rows = [
        [(turn.t(f"btn-delete-{action}"), DeleteCb(action=action, uid=turn.user.id, nonce=nonce))]
        for action in ("yes", "no")
    ]
    await message.answer(turn.t("delete-explain", minutes=minutes), reply_markup=inline(rows))


async def _pending(query: CallbackQuery, callback_data: DeleteCb, turn: Turn) -> bool:
    """True when the button is this user's current, unexpired confirmation."""
    if callback_data.uid != query.from_user.id:
        return False
    data = await turn.state.get_data()
    nonce, issued = data.get(NONCE_KEY), data.get(ISSUED_KEY)
    if not isinstance(nonce, str) or not isinstance(issued, str):
        return False
    if not secrets.compare_digest(nonce, callback_data.nonce):
        return False
    return turn.clock() - datetime.fromisoformat(issued) <= CONFIRM_TTL


async def delete_answered(
    query: CallbackQuery, callback_data: DeleteCb, turn: Turn, callback_answer: CallbackAnswer
) -> None:
    """ "Yes" erases the user's data, "no" forgets the pending confirmation."""
    if not await _pending(query, callback_data, turn):
        callback_answer.text = turn.t("stale-button")
        return
    if callback_data.action == "yes":
        # The FSM storage commits on its own connection: clear it before this session writes,
        # so the two never wait on each other's lock (SQLite has one writer at a time).
        await turn.state.clear()
        await erase_user(turn.repo.session, turn.user, now=turn.clock())
        await turn.repo.flush()  # committed before anything is sent: a failed send can't undo it
        reply = "delete-done"
    else:
        data = await turn.state.get_data()
        data.pop(NONCE_KEY, None)
        data.pop(ISSUED_KEY, None)
        await turn.state.set_data(data)
        callback_answer.text = turn.t("delete-cancelled-toast")
        reply = "delete-cancelled"
    if isinstance(query.message, Message):
        await drop_keyboard(query.message)
        await query.message.answer(turn.t(reply))
