"""The Bot API methods the terminal session answers (sending, editing, deleting messages,
answering buttons), each in wire form."""

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
from aiogram.types import InputMedia, Message

from bot.terminal.content import (
    CONTENT_KEYS,
    MEDIA_KINDS,
    NOT_MODIFIED,
    BotApiError,
    Wire,
    formatted,
    inline_keyboard,
    media,
    without_empty,
)
from bot.terminal.events import AnyMarkup, CallbackAnswered, Change, MessageDeleted, MessageShown
from bot.terminal.files import SavedFile

if TYPE_CHECKING:
    from aiogram import Bot

    from bot.terminal.session import TerminalSession

MediaMethod = SendPhoto | SendDocument | SendAudio | SendVideo | SendAnimation | SendVoice
_MEDIA_FIELD: dict[type[Any], str] = {
    SendPhoto: "photo",
    SendDocument: "document",
    SendAudio: "audio",
    SendVideo: "video",
    SendAnimation: "animation",
    SendVoice: "voice",
}
EditMethod = EditMessageText | EditMessageCaption | EditMessageReplyMarkup | EditMessageMedia
EDIT_METHODS = (EditMessageText, EditMessageCaption, EditMessageReplyMarkup, EditMessageMedia)
Handler = Callable[["Bot", Any], Awaitable[Any]]
_CAPTION_KEYS = ("caption", "caption_entities")


def media_kind(item: InputMedia) -> str:
    kind = getattr(item, "type", "document")
    value = getattr(kind, "value", kind)
    return str(value) if str(value) in MEDIA_KINDS else "document"


class BotApiMethods:
    """Builds, stores and reports the messages of one TerminalSession.

    Each method handler takes ``(bot, method)`` and returns the result in wire form.
    """

    def __init__(self, session: "TerminalSession") -> None:
        self.session = session
        self._table: dict[type[Any], Handler] = {
            SendMessage: self.send_message,
            **dict.fromkeys(_MEDIA_FIELD, self.send_media),
            SendMediaGroup: self.send_media_group,
            ForwardMessage: self.forward,
            CopyMessage: self.forward,
            **dict.fromkeys(EDIT_METHODS, self.edit),
            DeleteMessage: self.delete,
            DeleteMessages: self.delete,
            AnswerCallbackQuery: self.answer_callback,
            GetMe: self.get_me,
        }

    def handler(self, method_type: type[Any]) -> Handler | None:
        return self._table.get(method_type)

    # --- helpers -------------------------------------------------------------------------------

    @staticmethod
    def chat_id(value: int | str | None) -> int:
        if isinstance(value, int):
            return value
        if value and value.lstrip("-").isdigit():
            return int(value)
        raise BotApiError("Bad Request: chat not found")

    @staticmethod
    def bot_user(bot: "Bot") -> Wire:
        return {
            "id": bot.id,
            "is_bot": True,
            "first_name": "VP Coach",
            "username": "vp_coach_terminal_bot",
        }

    def show(
        self,
        bot: "Bot",
        wire: Wire,
        change: Change = Change.SENT,
        markup: AnyMarkup | None = None,
        file: SavedFile | None = None,
    ) -> None:
        message = Message.model_validate(wire, context={"bot": bot})
        self.session.emit(MessageShown(message=message, change=change, markup=markup, file=file))

    def new(self, bot: "Bot", chat_id: int, content: Wire) -> Wire:
        session = self.session
        wire = without_empty(
            {
                "message_id": session.next_message_id(),
                "date": session.now(),
                "chat": session.chat(chat_id),
                "from": self.bot_user(bot),
                **content,
            }
        )
        session.record(wire)
        return wire

    def caption(self, bot: "Bot", item: Any) -> Wire:
        if item.caption is None:
            return {}
        return formatted(
            item.caption, item.parse_mode, item.caption_entities, bot.default, caption=True
        )

    # --- sending -------------------------------------------------------------------------------

    async def send_message(self, bot: "Bot", method: SendMessage) -> Wire:
        content = formatted(method.text, method.parse_mode, method.entities, bot.default)
        content.update(inline_keyboard(method.reply_markup))
        wire = self.new(bot, self.chat_id(method.chat_id), content)
        self.show(bot, wire, markup=method.reply_markup)
        return wire

    async def send_media(self, bot: "Bot", method: MediaMethod) -> Wire:
        kind = _MEDIA_FIELD[type(method)]
        content = self.caption(bot, method)
        content.update(inline_keyboard(method.reply_markup))
        saved = await self.session.files.save(bot, getattr(method, kind), kind)
        wire = self.new(bot, self.chat_id(method.chat_id), {**media(kind, saved), **content})
        self.show(bot, wire, markup=method.reply_markup, file=saved)
        return wire

    async def send_media_group(self, bot: "Bot", method: SendMediaGroup) -> list[Wire]:
        chat_id = self.chat_id(method.chat_id)
        group = f"terminal-group-{self.session.now()}"
        wires = []
        for item in method.media:
            kind = media_kind(item)
            content = self.caption(bot, item)
            saved = await self.session.files.save(bot, item.media, kind)
            wire = self.new(
                bot, chat_id, {**media(kind, saved), **content, "media_group_id": group}
            )
            self.show(bot, wire, file=saved)
            wires.append(wire)
        return wires

    async def forward(self, bot: "Bot", method: ForwardMessage | CopyMessage) -> Wire:
        source = self.session.stored(self.chat_id(method.from_chat_id), method.message_id)
        action = "forward" if isinstance(method, ForwardMessage) else "copy"
        if source is None:
            raise BotApiError(f"Bad Request: message to {action} not found")
        content = {key: source[key] for key in CONTENT_KEYS if key in source}
        markup = None
        if isinstance(method, ForwardMessage):
            content["forward_origin"] = {
                "type": "user",
                "date": source["date"],
                "sender_user": source["from"],
            }
        else:
            markup = method.reply_markup
            if method.caption is not None and "text" not in source:
                content.update(self.caption(bot, method))
            content.update(inline_keyboard(markup))
        wire = self.new(bot, self.chat_id(method.chat_id), content)
        self.show(bot, wire, markup=markup)
        return wire if action == "forward" else {"message_id": wire["message_id"]}

    async def answer_callback(self, bot: "Bot", method: AnswerCallbackQuery) -> bool:
        self.session.answer_callback(method.callback_query_id)
        event = CallbackAnswered(
            query_id=method.callback_query_id,
            text=method.text,
            show_alert=bool(method.show_alert),
            url=method.url,
        )
        self.session.emit(event)
        return True

    async def delete(self, bot: "Bot", method: DeleteMessage | DeleteMessages) -> bool:
        chat_id = self.chat_id(method.chat_id)
        if isinstance(method, DeleteMessage):
            if not self._delete(bot, chat_id, method.message_id):
                raise BotApiError("Bad Request: message to delete not found")
            return True
        for message_id in method.message_ids:
            self._delete(bot, chat_id, message_id)
        return True

    def _delete(self, bot: "Bot", chat_id: int, message_id: int) -> bool:
        wire = self.session.forget(chat_id, message_id)
        if wire is None:
            return False
        message = Message.model_validate(wire, context={"bot": bot})
        self.session.emit(MessageDeleted(chat_id=chat_id, message_id=message_id, message=message))
        return True

    async def get_me(self, bot: "Bot", method: GetMe) -> Wire:
        return {**self.bot_user(bot), "can_join_groups": False, "has_main_web_app": False}

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

    async def edit(self, bot: "Bot", method: EditMethod) -> Wire:
        """Replace the text, caption, media or keyboard of a bot message; Telegram refuses an
        edit that changes nothing."""
        old = self._target(method)
        change, saved, content = Change.EDITED, None, {}
        drop: tuple[str, ...] = ("reply_markup",)
        if isinstance(method, EditMessageText):
            if "text" not in old:
                raise BotApiError("Bad Request: there is no text in the message to edit")
            content = formatted(method.text or "", method.parse_mode, method.entities, bot.default)
            drop += ("text", "entities")
        elif isinstance(method, EditMessageReplyMarkup):
            change = Change.MARKUP
        elif "text" in old:
            what = "caption" if isinstance(method, EditMessageCaption) else "media"
            raise BotApiError(f"Bad Request: there is no {what} in the message to edit")
        elif isinstance(method, EditMessageCaption):
            content, drop = self.caption(bot, method), (*drop, *_CAPTION_KEYS)
        else:
            kind = media_kind(method.media)
            saved = await self.session.files.save(bot, method.media.media, kind)
            content = {**media(kind, saved), **self.caption(bot, method.media)}
            drop += (*MEDIA_KINDS, *_CAPTION_KEYS)
        content.update(inline_keyboard(method.reply_markup))
        kept = {key: value for key, value in old.items() if key not in (*drop, "edit_date")}
        wire = without_empty({**kept, **content})
        if wire == {key: value for key, value in old.items() if key != "edit_date"}:
            raise BotApiError(NOT_MODIFIED)
        wire["edit_date"] = self.session.now()
        self.session.record(wire)
        self.show(bot, wire, change, file=saved)
        return wire
