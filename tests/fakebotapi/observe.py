"""What tests read back: the bot's messages, callback answers, API calls, and waiting for them."""

import json
from collections.abc import Callable
from typing import Any

from tests.fakebotapi.faults import max_in_window
from tests.fakebotapi.records import ApiCall, CallbackAnswer, CallbackQueryRecord, SentMessage
from tests.fakebotapi.state import BotState, ChatState


class Observations:
    """Mixin for FakeBotAPI: inspection and waiting helpers."""

    state: BotState

    def _chat(self, chat_id: int) -> ChatState:
        chat = self.state.chats.get(chat_id)
        if chat is None:
            msg = f"no chat {chat_id}: that user never wrote to the bot"
            raise AssertionError(msg)
        return chat

    # -- messages -------------------------------------------------------------------------
    def messages(self, chat_id: int, *, include_deleted: bool = True) -> list[SentMessage]:
        """Messages the bot sent to the chat, oldest first (deleted ones are flagged)."""
        chat = self.state.chats.get(chat_id)
        if chat is None:
            return []
        return [m for m in chat.sent if include_deleted or not m.deleted]

    def last_message(self, chat_id: int) -> SentMessage:
        sent = self.messages(chat_id)
        if not sent:
            msg = f"the bot has sent nothing to chat {chat_id}"
            raise AssertionError(msg)
        return sent[-1]

    def message(self, chat_id: int, message_id: int) -> SentMessage:
        found = self._chat(chat_id).by_id.get(message_id)
        if found is None:
            msg = f"the bot never sent message #{message_id} to chat {chat_id}"
            raise AssertionError(msg)
        return found

    def mark_seen(self, chat_id: int) -> None:
        """Move the wait_for_messages cursor past every message sent so far."""
        chat = self.state.chats.get(chat_id)
        if chat is not None:
            chat.cursor = len(chat.sent)

    def _unseen(self, chat_id: int) -> list[SentMessage]:
        chat = self.state.chats.get(chat_id)
        return chat.sent[chat.cursor :] if chat is not None else []

    def _debug_tail(self) -> str:
        errors = self.errors
        return f"; bot API errors: {errors[-5:]}" if errors else ""

    async def wait_for_messages(
        self,
        chat_id: int,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - tests read better with timeout=
        settle: float = 0.1,
    ) -> list[SentMessage]:
        """Messages sent to the chat since the previous call (per-chat cursor).

        Waits until at least ``count`` new messages exist, then until the bot has been quiet
        for ``settle`` seconds, and returns every new message (possibly more than ``count``;
        ``count=0`` just waits for quiet). Raises AssertionError on timeout.
        """
        arrived = await self.state.signal.wait_for(
            lambda: len(self._unseen(chat_id)) >= count, timeout
        )
        if not arrived:
            unseen = self._unseen(chat_id)
            msg = (
                f"expected {count} new message(s) in chat {chat_id} within {timeout}s, "
                f"got {len(unseen)}: {unseen}{self._debug_tail()}"
            )
            raise AssertionError(msg)
        await self._wait_quiet(settle, timeout)
        unseen = self._unseen(chat_id)
        self.mark_seen(chat_id)
        return unseen

    # -- idleness -------------------------------------------------------------------------
    def _quiet(self, settle: float) -> bool:
        state = self.state
        return state.inflight == 0 and state.now() - state.last_activity >= settle

    async def _wait_quiet(self, settle: float, seconds: float) -> bool:
        return await self.state.signal.wait_for(
            lambda: self._quiet(settle), seconds, recheck=settle / 2 or 0.01
        )

    async def wait_idle(
        self,
        settle: float = 0.2,
        timeout: float = 5.0,  # noqa: ASYNC109 - tests read better with timeout=
    ) -> None:
        """Until every queued update was fetched and the bot made no request for ``settle`` s."""
        state = self.state
        done = await state.signal.wait_for(
            lambda: not state.updates.undelivered and self._quiet(settle),
            timeout,
            recheck=settle / 2 or 0.01,
        )
        if not done:
            msg = (
                f"bot not idle after {timeout}s: {len(state.updates.undelivered)} update(s) "
                f"not fetched, {state.inflight} request(s) in flight{self._debug_tail()}"
            )
            raise AssertionError(msg)

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - tests read better with timeout=
        what: str = "condition",
    ) -> None:
        """Until ``predicate()`` is true (rechecked whenever the server state changes)."""
        if not await self.state.signal.wait_for(predicate, timeout, recheck=0.05):
            msg = f"{what} not reached within {timeout}s{self._debug_tail()}"
            raise AssertionError(msg)

    async def wait_polling(
        self,
        timeout: float = 5.0,  # noqa: ASYNC109 - tests read better with timeout=
    ) -> None:
        """Until the bot is waiting in a getUpdates long poll."""
        await self.wait_until(lambda: self.state.polls_waiting > 0, timeout, "long polling")

    # -- callbacks ------------------------------------------------------------------------
    def callback(self, query: str | dict[str, Any]) -> CallbackQueryRecord:
        """The record of a press, by callback query id or by the update press() returned."""
        query_id = query if isinstance(query, str) else query["callback_query"]["id"]
        return self.state.callbacks[query_id]

    def unanswered_callbacks(self) -> list[CallbackQueryRecord]:
        """Presses the bot never answered; an answer Telegram refused (an injected fault, a
        press too old) counts as answered: the bot did what it could."""
        refused = {
            str(call.params.get("callback_query_id"))
            for call in self.state.calls
            if call.method == "answerCallbackQuery" and call.injected
        }
        return [
            r for r in self.state.callbacks.values() if r.answer is None and r.id not in refused
        ]

    async def wait_callback_answer(
        self,
        query: str | dict[str, Any],
        timeout: float = 5.0,  # noqa: ASYNC109 - tests read better with timeout=
    ) -> CallbackAnswer:
        record = self.callback(query)
        await self.wait_until(
            lambda: record.answer is not None, timeout, f"answer to callback {record.id}"
        )
        assert record.answer is not None
        return record.answer

    # -- other records --------------------------------------------------------------------
    def chat_actions(self, chat_id: int) -> list[str]:
        chat = self.state.chats.get(chat_id)
        return list(chat.actions) if chat else []

    def my_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Commands the bot set with setMyCommands for that scope and language."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return list(self.state.commands.get(key, []))

    @property
    def updates(self) -> list[dict[str, Any]]:
        """Every update queued so far."""
        return list(self.state.updates.all)

    @property
    def dropped_updates(self) -> list[dict[str, Any]]:
        """Updates never delivered because the bot's allowed_updates excluded them."""
        return list(self.state.updates.dropped)

    @property
    def calls(self) -> list[ApiCall]:
        return list(self.state.calls)

    def calls_of(self, method: str) -> list[ApiCall]:
        return [c for c in self.state.calls if c.method.lower() == method.lower()]

    @property
    def errors(self) -> list[ApiCall]:
        """Failed calls that were the bot's fault (not injected faults or blocked users)."""
        return [c for c in self.state.calls if not c.ok and not c.injected]

    def assert_no_errors(self) -> None:
        errors = self.errors
        if errors:
            details = "\n".join(f"  {c.method} {c.params}: {c.description}" for c in errors)
            msg = f"the bot made {len(errors)} failing Bot API call(s):\n{details}"
            raise AssertionError(msg)

    # -- rates ----------------------------------------------------------------------------
    def send_times(self, chat_id: int) -> list[float]:
        """Event-loop times of every message the bot sent to the chat."""
        chat = self.state.chats.get(chat_id)
        return list(chat.send_times) if chat else []

    def max_sends_in_window(self, chat_id: int, window: float = 1.0) -> int:
        """Most messages sent to the chat within any ``window`` seconds."""
        return max_in_window(self.send_times(chat_id), window)
