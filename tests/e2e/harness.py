"""End-to-end harness: the real app (routers, middlewares, SQLite) long-polling a fake Bot API."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from pydantic import SecretStr
from sqlalchemy import Select, func, select, update

from bot.app import App, build_app
from bot.config import DialogueSettings, Settings
from bot.db.models import User
from bot.updates.polling import InboxPolling
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage, buttons

Row = TypeVar("Row")


@dataclass
class FakeClock:
    """The time the bot sees; tests move it forward."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@contextlib.asynccontextmanager
async def inbox_polling(api: FakeBotAPI, app: App) -> AsyncIterator[None]:
    """The app long-polls the fake through its inbox, as ``App.run_polling`` does (no signals;
    the app is shut down by its owner), until the block ends."""
    polling = InboxPolling(app.dispatcher, app.bot, app.inbox())
    task = asyncio.create_task(polling.run(handle_signals=False))
    try:
        await api.wait_until(lambda: api.state.polls_waiting > 0 or task.done(), 5.0, "polling")
        if task.done():
            task.result()  # re-raise why polling ended
        yield
    finally:
        polling.stop()
        await task


class BotRunner:
    """Starts and stops bot "processes" (apps) on one database against one fake Bot API."""

    def __init__(self, api: FakeBotAPI, database_url: str, clock: FakeClock, **base: Any) -> None:
        self.api = api
        self.database_url = database_url
        self.clock = clock
        self.base = base  # settings every start gets (e.g. redis_url in scale mode)
        self.app: App | None = None
        self._stack: contextlib.AsyncExitStack | None = None

    def settings(self, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "bot_token": SecretStr(self.api.token),
            "bot_api_url": self.api.base_url,
            "database_url": self.database_url,
            "dialogue": DialogueSettings(max_answer_length=1500, resume_after_minutes=360),
        }
        values.update(self.base)
        values.update(overrides)
        return Settings(_env_file=None, **values)

    async def start(self, **overrides: Any) -> App:
        assert self.app is None, "already running"
        stack = contextlib.AsyncExitStack()
        app = build_app(self.settings(**overrides), clock=self.clock)
        await app.startup()
        stack.push_async_callback(app.shutdown)
        await stack.enter_async_context(inbox_polling(self.api, app))
        self.app, self._stack = app, stack
        return app

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
        self.app, self._stack = None, None

    async def restart(self, **overrides: Any) -> App:
        await self.stop()
        return await self.start(**overrides)

    async def count(self, model: Any, *where: Any) -> int:
        assert self.app is not None
        async with self.app.session_factory() as session:
            return int(
                await session.scalar(select(func.count()).select_from(model).where(*where)) or 0
            )

    async def rows(self, statement: Select[Row]) -> list[Row]:
        assert self.app is not None
        async with self.app.session_factory() as session:
            return list((await session.scalars(statement)).all())

    async def update_user(self, user_id: int, **values: Any) -> None:
        """Set columns of a user's row directly (a role or language no dialogue gives)."""
        assert self.app is not None
        async with self.app.session_factory() as session:
            await session.execute(update(User).where(User.id == user_id).values(**values))
            await session.commit()


GOOD_RU = {
    "segment": "Владельцы кофеен в Казани с 1–3 точками, которые сами закупают зерно",
    "problem": "Зерно заканчивается внезапно, и кофейня теряет выручку за полдня",
    "situation": "В пятницу вечером, когда поставщик не возит до понедельника",
    "benefit": "Владелец тратит освободившиеся 3 часа в неделю на новое меню",
    "control": "Раз в месяц по журналу закупок считаем дни без нужного сорта, цель — 0",
}
GOOD_EN = {
    "segment": "Owners of coffee shops in Kazan with 1-3 locations who buy beans themselves",
    "problem": "Beans run out without warning and the shop loses half a day of revenue",
    "situation": "On Friday evening, when the supplier does not deliver until Monday",
    "benefit": "The owner spends the 3 freed hours a week on a new seasonal menu",
    "control": "Monthly we count from the purchase log the days without the right roast, target 0",
}


def one_reply(messages: list[SentMessage], *expected: str) -> SentMessage:
    """The only message of ``messages``, checked to contain each of ``expected``."""
    [message] = messages
    for text in expected:
        assert text in message.plain_text, message.plain_text
    return message


class Founder:
    """A simulated person in a private chat with the bot."""

    def __init__(self, api: FakeBotAPI, user: FakeUser) -> None:
        self.api = api
        self.user = user

    @property
    def id(self) -> int:
        return self.user.id

    async def say(self, text: str, count: int = 1) -> list[SentMessage]:
        self.api.send_text(self.user, text)
        return await self.api.wait_for_messages(self.id, count=count)

    async def press(
        self, text: str, count: int = 1, *, expired: bool = False
    ) -> list[SentMessage]:
        """Press the newest visible button whose caption contains ``text`` (``expired``: the
        press reaches the bot too late to be answered)."""
        message = self.message_with_button(text)
        self.api.press_button(self.user, message, text, expired=expired)
        return await self.api.wait_for_messages(self.id, count=count)

    def message_with_button(self, text: str) -> SentMessage:
        for message in reversed(self.api.messages(self.id, include_deleted=False)):
            if message.reply_markup and any(
                text in button.text for button in self._buttons(message)
            ):
                return message
        recent = [m.plain_text[:80] for m in self.api.messages(self.id)[-12:]]
        raise AssertionError(f"no visible button with {text!r}; last messages: {recent}")

    @staticmethod
    def _buttons(message: SentMessage) -> list[Any]:
        return list(buttons(message))

    def last_text(self) -> str:
        last = self.api.last_message(self.id)
        assert last is not None
        return last.plain_text

    async def consent(self) -> None:
        """/start and accept the data notice; ends at the name question."""
        await self.say("/start", count=2)
        await self.press("✅", count=2)

    async def start_vp(self, name: str = "Кофейни Казани") -> None:
        await self.say(name)

    async def begin_vp(self, name: str = "Кофейни Казани") -> None:
        """Consent and name a first proposition; ends at question 1."""
        await self.consent()
        await self.start_vp(name)

    async def begin_answered(self, *fields: str) -> list[SentMessage]:
        """``begin_vp``, then the good Russian answers for ``fields``; the reply to the last."""
        await self.begin_vp()
        return await self.answer(*fields)

    async def answer_all(self, answers: Mapping[str, str] = GOOD_RU) -> list[SentMessage]:
        """Type the five answers in order; returns the reply to the last (the review)."""
        replies: list[SentMessage] = []
        for text in answers.values():
            replies = await self.say(text)
        return replies

    async def answer(self, *fields: str) -> list[SentMessage]:
        """Type the good Russian answers (``GOOD_RU``) for ``fields``; the reply to the last."""
        return await self.answer_all({field: GOOD_RU[field] for field in fields})

    async def finish_vp(
        self,
        answers: Mapping[str, str] = GOOD_RU,
        *,
        name: str = "Кофейни Казани",
        confirm: str = "Всё верно",
    ) -> list[SentMessage]:
        """Consent, name the proposition, answer all five and confirm it; returns the three
        replies to the confirmation ("done", the card's text, the card's image)."""
        await self.begin_vp(name)
        await self.answer_all(answers)
        return await self.press(confirm, count=3)
