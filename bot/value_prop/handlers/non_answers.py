"""Replies to messages that are not answers: typed "назад", "не знаю", "help", a question back."""

from aiogram.types import Message

from bot.db.models import ValueProposition
from bot.telegram.replies import answer_long
from bot.telegram.turn import Turn
from bot.value_prop import flow, render
from bot.value_prop.non_answer import NonAnswer
from bot.value_prop.questions import Field, previous_field
from bot.value_prop.service import snapshot


async def reply_non_answer(
    message: Message, turn: Turn, vp: ValueProposition, field: Field, kind: NonAnswer
) -> None:
    """Typed back goes back (out of an edit: to the review); the others get a hint, an example."""
    editing = bool((await turn.state.get_data()).get("return_to_review"))
    current = await snapshot(turn.repo, vp)
    if kind == "back":
        target = previous_field(field)
        if editing:
            await flow.show_review(message, turn.t, turn.state, current)
        elif target is not None:
            await flow.ask(message, turn.t, turn.state, current, target)
        else:
            await message.answer(turn.t("vp-back-first"))
            await flow.ask(message, turn.t, turn.state, current, field)
        return
    example = await flow.fresh_example(turn.t, turn.state, current, field)
    keyboard = render.question_keyboard(turn.t, vp.id, field, editing=editing)
    text = render.non_answer_text(turn.t, kind, field, example)
    await answer_long(message, text, reply_markup=keyboard)
