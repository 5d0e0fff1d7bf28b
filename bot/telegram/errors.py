"""The last line of defence: an unexpected error is logged and the person gets a polite reply."""

import logging

from aiogram import Dispatcher
from aiogram.types import ErrorEvent

from bot.i18n import I18n, Translator
from bot.telegram.send_retry import retrying_sends

log = logging.getLogger(__name__)


async def on_error(event: ErrorEvent, i18n: I18n, t: Translator | None = None) -> bool:
    """Log with the update id; tell the user to try again (their input is in the transcript).

    ``t`` is the user's chosen language when the error came after the user middleware loaded
    them; before that (or when the database is what failed) Telegram's language_code decides.
    """
    update = event.update
    log.exception("update %s failed", update.update_id, exc_info=event.exception)
    target = update.message or (update.callback_query.message if update.callback_query else None)
    sender = update.message.from_user if update.message else None
    if update.callback_query is not None:
        sender = update.callback_query.from_user
    if t is None:
        t = i18n.get(i18n.pick_language(sender.language_code if sender else None))
    try:
        with retrying_sends():  # the apology gets the same retries as any reply
            if update.callback_query is not None:
                await update.callback_query.answer(t("error-try-again"), show_alert=False)
            if target is not None and hasattr(target, "answer"):
                await target.answer(t("error-try-again"))
    except Exception:  # the apology is best effort: never let it mask the original error
        log.warning("could not tell the user about the error in update %s", update.update_id)
    return True


def install_error_handler(dispatcher: Dispatcher) -> None:
    dispatcher.errors.register(on_error)
