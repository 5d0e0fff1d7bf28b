"""Everything the fake Bot API server knows, shared by the HTTP layer and the test helpers."""

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from tests.fakebotapi.errors import BLOCKED_BY_USER, ApiError, bad_request
from tests.fakebotapi.faults import FaultPlan
from tests.fakebotapi.files import FileStore
from tests.fakebotapi.records import ApiCall, CallbackQueryRecord, FakeUser, SentMessage
from tests.fakebotapi.spec import BotApiSpec
from tests.fakebotapi.updates import UpdateQueue
from tests.fakebotapi.waiting import ChangeSignal

FIRST_CALLBACK_ID = 4_719_000_000_000_000_000


@dataclass
class ChatState:
    """The private chat between the bot and one simulated user."""

    user: FakeUser
    next_message_id: int = 1
    sent: list[SentMessage] = field(default_factory=list)  # bot messages, in send order
    by_id: dict[int, SentMessage] = field(default_factory=dict)
    user_messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)  # sendChatAction, in order
    send_times: list[float] = field(default_factory=list)
    blocked: bool = False
    cursor: int = 0  # how many of ``sent`` wait_for_messages has already returned

    def new_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


class BotState:
    def __init__(self, spec: BotApiSpec, bot_user: dict[str, Any]) -> None:
        self.spec = spec
        self.bot_user = bot_user
        self.signal = ChangeSignal()
        self.updates = UpdateQueue(self.signal)
        self.files = FileStore()
        self.faults = FaultPlan()
        self.chats: dict[int, ChatState] = {}
        self.callbacks: dict[str, CallbackQueryRecord] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.bot_settings: dict[tuple[str, str], Any] = {}
        self.webhook_url = ""
        self.calls: list[ApiCall] = []
        self.closing = False
        self.inflight = 0  # requests other than getUpdates being handled right now
        self.last_activity = 0.0
        self.poll_generation = 0
        self.polls_waiting = 0
        self._next_callback_id = FIRST_CALLBACK_ID

    @staticmethod
    def now() -> float:
        """Event-loop clock used for every timestamp the server records."""
        return asyncio.get_running_loop().time()

    @staticmethod
    def unix_time() -> int:
        return int(time.time())

    def new_callback_id(self) -> str:
        """Callback query ids look like Telegram's: long decimal strings."""
        self._next_callback_id += 1
        return str(self._next_callback_id)

    def touch(self) -> None:
        self.last_activity = self.now()
        self.signal.notify()

    def ensure_chat(self, user: FakeUser) -> ChatState:
        chat = self.chats.get(user.id)
        if chat is None:
            chat = self.chats[user.id] = ChatState(user=user)
        return chat

    def find_chat(self, chat_id: object) -> ChatState:
        """The chat a request addresses; like Telegram, only users who wrote to the bot."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            for chat in self.chats.values():
                if (chat.user.username or "").lower() == name:
                    return chat
            raise bad_request("chat not found")
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def writable_chat(self, chat_id: object) -> ChatState:
        chat = self.find_chat(chat_id)
        if chat.blocked:
            raise ApiError(403, BLOCKED_BY_USER, simulated=True)
        return chat
