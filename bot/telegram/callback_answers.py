"""Every button press is answered: first when the handler has no toast to give, else after it.

Telegram stops accepting an answer some seconds after the press ("query is too old and
response timeout expired or query ID is invalid", 400). By then the handler's work is done and
its replies are out, so that rejection is logged and forgotten: it must not turn a step that
succeeded into the "please send it again" apology (acting on which would skip a question).
https://core.telegram.org/bots/api#answercallbackquery
"""

import logging
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.dispatcher.flags import get_flag
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, TelegramObject
from aiogram.utils.callback_answer import CallbackAnswer

from bot.telegram.request_types import Handler

log = logging.getLogger(__name__)


EXPIRED_MARKERS = ("query is too old", "query id is invalid")


def is_expired_query(error: BaseException) -> bool:
    """Telegram refused an answer because the press is too old (or its id unknown)."""
    if not isinstance(error, TelegramBadRequest):
        return False
    message = error.message.lower()
    return any(marker in message for marker in EXPIRED_MARKERS)


def _may_set_toast(handler: object) -> bool:
    """A handler can only set the answer's text through its ``callback_answer`` argument."""
    if not isinstance(handler, HandlerObject):
        return True
    return handler.varkw or "callback_answer" in handler.params


class CallbackAnswers(BaseMiddleware):
    """Inner middleware of callback queries, in place of aiogram's CallbackAnswerMiddleware.

    Handlers that take no ``callback_answer`` are answered before they run (the spinner stops
    at once and the answer cannot come too late); the others after they return or fail, with
    the text they set. The ``callback_answer`` flag (``pre``, ``disabled``, ``text``,
    ``show_alert``) works as in aiogram.
    """

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, CallbackQuery):
            return await handler(event, data)
        flags = get_flag(data, "callback_answer")
        options: dict[str, Any] = flags if isinstance(flags, dict) else {}
        early = bool(options.get("pre", False)) or not _may_set_toast(data.get("handler"))
        answer = CallbackAnswer(
            answered=early,
            disabled=bool(options.get("disabled", False)),
            text=options.get("text"),
            show_alert=options.get("show_alert"),
        )
        data["callback_answer"] = answer
        if early and not answer.disabled:
            await self.answer(event, answer)
        try:
            return await handler(event, data)
        finally:
            if not answer.disabled and not answer.answered:
                await self.answer(event, answer)

    @staticmethod
    async def answer(event: CallbackQuery, answer: CallbackAnswer) -> None:
        try:
            await event.answer(text=answer.text, show_alert=answer.show_alert)
        except TelegramBadRequest as error:
            if not is_expired_query(error):
                raise
            log.info("callback query %s answered too late: %s", event.id, error.message)
