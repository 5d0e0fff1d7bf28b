"""What the fake server remembers: simulated users, the bot's messages, callbacks, API calls."""

from dataclasses import dataclass, field
from typing import Any

from tests.fakebotapi.files import StoredFile


@dataclass(frozen=True)
class FakeUser:
    """A simulated Telegram user; their private chat with the bot has ``chat_id == id``."""

    id: int
    first_name: str
    language_code: str | None = "ru"
    username: str | None = None
    last_name: str | None = None

    @property
    def chat_id(self) -> int:
        return self.id

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def chat_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class MessageVersion:
    """A message as it looked before one of its edits."""

    text: str | None
    caption: str | None
    parse_mode: str | None
    plain_text: str
    entities: tuple[dict[str, Any], ...]
    reply_markup: dict[str, Any] | None
    replaced_by: str  # the edit method that replaced this version
    at: float


@dataclass(eq=False)
class SentMessage:
    """A message the bot sent (and possibly edited or deleted since).

    ``text``/``caption`` are exactly what the bot sent; ``plain_text`` is what the user sees
    (the text, or the caption of a media message) after HTML parsing and trimming.
    """

    message_id: int
    chat_id: int
    method: str
    date: int
    sent_at: float  # event-loop clock, for rate checks
    text: str | None = None
    caption: str | None = None
    parse_mode: str | None = None
    plain_text: str = ""
    entities: tuple[dict[str, Any], ...] = ()
    reply_markup: dict[str, Any] | None = None
    photo: bytes | None = None
    photo_filename: str | None = None
    photo_size: tuple[int, int] | None = None  # width, height
    document: bytes | None = None
    document_filename: str | None = None
    file: StoredFile | None = None  # the media as stored (file_id, mime type, ...)
    media_url: str | None = None  # media sent by URL instead of bytes
    reply_to_message_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    history: list[MessageVersion] = field(default_factory=list)
    deleted: bool = False
    edit_date: int | None = None

    @property
    def kind(self) -> str:
        """text, photo, document or sticker."""
        if self.file is not None:
            return self.file.kind
        if self.media_url is not None:
            return self.method.removeprefix("send").lower()
        return "text"

    @property
    def edit_count(self) -> int:
        return len(self.history)

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        if self.reply_markup is None:
            return []
        rows: list[list[dict[str, Any]]] = self.reply_markup.get("inline_keyboard", [])
        return rows

    def snapshot(self, replaced_by: str, at: float) -> MessageVersion:
        return MessageVersion(
            text=self.text,
            caption=self.caption,
            parse_mode=self.parse_mode,
            plain_text=self.plain_text,
            entities=self.entities,
            reply_markup=self.reply_markup,
            replaced_by=replaced_by,
            at=at,
        )

    def __repr__(self) -> str:
        flags = " deleted" if self.deleted else ""
        flags += f" edits={self.edit_count}" if self.history else ""
        return (
            f"<SentMessage #{self.message_id} chat={self.chat_id} {self.kind}{flags} "
            f"{self.plain_text[:60]!r}>"
        )


@dataclass(frozen=True)
class CallbackAnswer:
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    at: float


@dataclass(eq=False)
class CallbackQueryRecord:
    """A button press sent to the bot, and how (whether) the bot answered it."""

    id: str
    user: FakeUser
    chat_id: int
    message_id: int
    data: str
    forged: bool
    answer: CallbackAnswer | None = None
    # Telegram no longer takes an answer (the press waited too long in a queue): answering it
    # fails with "query is too old", as the real server does after some seconds.
    expired: bool = False


@dataclass
class ApiCall:
    """One Bot API request the bot made, with the outcome."""

    method: str
    params: dict[str, Any]
    status: int = 200
    description: str | None = None
    injected: bool = False  # the error came from fail_next()/rate limit/blocked user
    started_at: float = 0.0
    finished_at: float | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    def __repr__(self) -> str:
        outcome = "ok" if self.ok else f"{self.status} {self.description}"
        return f"<ApiCall {self.method} {outcome}>"
