"""Server-side checks for value-proposition buttons: whose is it, and is it still current?"""

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.value_prop.callbacks import VpCb
from bot.value_prop.questions import Field
from bot.value_prop.states import field_of_state


async def current_button(
    query: CallbackQuery,
    callback_data: VpCb,
    state: FSMContext,
    repo: Repositories,
    user: User,
    *,
    check_field: bool = True,
) -> tuple[ValueProposition, Field | None, Message] | None:
    """The founder's own value proposition behind a button that belongs to the current step.

    None for a stale button (the dialogue moved on, a double tap), a forged one (someone else's
    id) or one whose message is gone; the caller answers neutrally.
    """
    data = await state.get_data()
    message = query.message
    if not isinstance(message, Message) or data.get("vp_id") != callback_data.vp:
        return None
    vp = await repo.value_props.owned(callback_data.vp, user.id)
    if vp is None:
        return None
    field = field_of_state(await state.get_state())
    if check_field and (field.value if field else "") != callback_data.field:
        return None
    return vp, field, message
