"""Bot API methods that edit messages, and the table of every method the session answers."""

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    DeleteMessage,
    DeleteMessages,
    EditMessageCaption,
    EditMessageMedia,
    EditMessageReplyMarkup,
    EditMessageText,
    ForwardMessage,
    GetMe,
    SendAnimation,
    SendAudio,
    SendDocument,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    SendVideo,
    SendVoice,
)

from bot.terminal.content import (
    MEDIA_KINDS,
    NOT_MODIFIED,
    BotApiError,
    Wire,
    formatted,
    inline_keyboard,
    media,
    without_empty,
)
from bot.terminal.events import Change
from bot.terminal.outgoing import Outgoing, media_kind

if TYPE_CHECKING:
    from aiogram import Bot

    from bot.terminal.session import TerminalSession

EditMethod = EditMessageText | EditMessageCaption | EditMessageReplyMarkup | EditMessageMedia
Handler = Callable[["Bot", Any], Awaitable[Any]]
_CAPTION_KEYS = ("caption", "caption_entities")


class BotApiMethods(Outgoing):
    """All Bot API methods the terminal session implements."""

    def __init__(self, session: "TerminalSession") -> None:
        super().__init__(session)
        self._table: dict[type[Any], Handler] = {
            SendMessage: self.send_message,
            SendPhoto: self.send_media,
            SendDocument: self.send_media,
            SendAudio: self.send_media,
            SendVideo: self.send_media,
            SendAnimation: self.send_media,
            SendVoice: self.send_media,
            SendMediaGroup: self.send_media_group,
            ForwardMessage: self.forward,
            CopyMessage: self.forward,
            EditMessageText: self.edit_text,
            EditMessageCaption: self.edit_caption,
            EditMessageReplyMarkup: self.edit_markup,
            EditMessageMedia: self.edit_media,
            DeleteMessage: self.delete,
            DeleteMessages: self.delete,
            AnswerCallbackQuery: self.answer_callback,
            GetMe: self.get_me,
        }

    def handler(self, method_type: type[Any]) -> Handler | None:
        return self._table.get(method_type)

    # --- editing -------------------------------------------------------------------------------

    def _target(self, method: EditMethod) -> Wire:
        if method.inline_message_id is not None or method.message_id is None:
            raise BotApiError("Bad Request: MESSAGE_ID_INVALID")
        wire = self.session.stored(self.chat_id(method.chat_id), method.message_id)
        if wire is None:
            raise BotApiError("Bad Request: message to edit not found")
        if not wire.get("from", {}).get("is_bot"):
            raise BotApiError("Bad Request: message can't be edited")
        return wire

    def _replace(self, old: Wire, drop: tuple[str, ...], content: Wire) -> Wire:
        """Store the edited message; Telegram refuses edits that change nothing."""
        kept = {key: value for key, value in old.items() if key not in (*drop, "edit_date")}
        new = without_empty({**kept, **content})
        if new == {key: value for key, value in old.items() if key != "edit_date"}:
            raise BotApiError(NOT_MODIFIED)
        new["edit_date"] = self.session.now()
        self.session.record(new)
        return new

    async def edit_text(self, bot: "Bot", method: EditMessageText) -> Wire:
        old = self._target(method)
        if "text" not in old:
            raise BotApiError("Bad Request: there is no text in the message to edit")
        content = formatted(method.text or "", method.parse_mode, method.entities, bot.default)
        content.update(inline_keyboard(method.reply_markup))
        drop = ("text", "entities", "reply_markup")
        wire = self._replace(old, drop, content)
        self.show(bot, wire, Change.EDITED)
        return wire

    async def edit_caption(self, bot: "Bot", method: EditMessageCaption) -> Wire:
        old = self._target(method)
        if "text" in old:
            raise BotApiError("Bad Request: there is no caption in the message to edit")
        content = self.caption(bot, method)
        content.update(inline_keyboard(method.reply_markup))
        wire = self._replace(old, (*_CAPTION_KEYS, "reply_markup"), content)
        self.show(bot, wire, Change.EDITED)
        return wire

    async def edit_markup(self, bot: "Bot", method: EditMessageReplyMarkup) -> Wire:
        old = self._target(method)
        content = inline_keyboard(method.reply_markup)
        wire = self._replace(old, ("reply_markup",), content)
        self.show(bot, wire, Change.MARKUP)
        return wire

    async def edit_media(self, bot: "Bot", method: EditMessageMedia) -> Wire:
        old = self._target(method)
        if "text" in old:
            raise BotApiError("Bad Request: there is no media in the message to edit")
        kind = media_kind(method.media)
        saved = await self.session.files.save(bot, method.media.media, kind)
        content = {**media(kind, saved), **self.caption(bot, method.media)}
        content.update(inline_keyboard(method.reply_markup))
        drop = (*MEDIA_KINDS, *_CAPTION_KEYS, "reply_markup")
        wire = self._replace(old, drop, content)
        self.show(bot, wire, Change.EDITED, file=saved)
        return wire
