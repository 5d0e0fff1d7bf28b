"""The transcript middleware: each exchange filed under the chat it happened in.

What a user sent is filed under them; what the bot sent while handling it, under the chat it
went to. A founder's update may message their consultant (a notification, the card), a
consultant's a client (a reply): those lines belong to the person who received them, and only
if that person agreed to the data notice. Private chat ids are user ids.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, Update

from bot.db.models import User
from bot.db.repositories import Repositories, transcript
from bot.db.repositories.transcript import APPEND, Exchange
from bot.dialogues import Dialogues
from bot.telegram.request_types import Handler
from bot.telegram.transcript_capture import Outgoing, button_label, capturing, describe_message


def incoming(update: Update, at: datetime, spot: tuple[str | None, str | None]) -> Exchange | None:
    """What the user sent: a message (non-text described), or a button press as its label."""
    message, query = update.message, update.callback_query
    if message is not None:
        (kind, text), message_id, data = describe_message(message), message.message_id, None
    elif query is not None:
        kind, text, message_id, data = "callback", button_label(query), None, query.data
    else:
        return None
    return Exchange(
        at=at,
        direction="in",
        kind=kind,
        text=text,
        dialogue=spot[0],
        step=spot[1],
        telegram_message_id=message_id,
        update_id=update.update_id,
        callback_data=data,
    )


class TranscriptMiddleware(BaseMiddleware):
    """Stores the incoming exchange before the handler and the outgoing ones after it (the unit
    of work commits them: the incoming one at the latest before the first reply)."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("user")
        if user is None or not isinstance(event, Update):
            return await handler(event, data)
        repo: Repositories = data["repo"]
        clock: Callable[[], datetime] = data["clock"]
        state: FSMContext | None = data.get("state")
        dialogues: Dialogues = data["dialogues"]
        if user.has_consent:
            spot = dialogues.transcript_spot(await state.get_state() if state else None)
            line = incoming(event, clock(), spot)
            if line is not None:
                await repo.transcript.add(user.id, line)
        with capturing() as sent:
            try:
                return await handler(event, data)
            finally:
                if sent:
                    await self._file(data, user, state, sent, clock(), event.update_id)

    @staticmethod
    async def _file(
        data: dict[str, Any],
        user: User,
        state: FSMContext | None,
        sent: list[Outgoing],
        at: datetime,
        update_id: int,
    ) -> None:
        """What the bot sent, written with the update's last commit (bot.db.unit_of_work)."""
        repo: Repositories = data["repo"]
        dialogues: Dialogues = data["dialogues"]
        by_chat: dict[int, list[Outgoing]] = {}  # in the order they were sent
        for line in sent:
            by_chat.setdefault(user.id if line.chat_id is None else line.chat_id, []).append(line)
        for chat_id, lines in by_chat.items():
            own = chat_id == user.id
            recipient = user if own else await repo.users.get(chat_id)
            if recipient is None or not recipient.has_consent:
                continue
            # The step of the sender's dialogue says nothing about the recipient's.
            current = await state.get_state() if own and state else None
            dialogue, step = dialogues.transcript_spot(current)
            exchanges = (
                Exchange(
                    at=at,
                    direction="out",
                    kind=line.kind,
                    text=line.text,
                    dialogue=dialogue,
                    step=step,
                    telegram_message_id=line.message_id,
                    update_id=update_id,
                )
                for line in lines
            )
            data["uow"].write_at_commit(APPEND, transcript.rows(chat_id, exchanges))
