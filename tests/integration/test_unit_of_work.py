"""The unit of work of an update, through aiogram: what is committed before a Bot API call, what a
failing handler leaves behind, after-commit callbacks, and concurrent updates on one SQLite
file (each update's writes stay its own)."""

import asyncio
import functools
from collections.abc import AsyncGenerator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.base import BaseSession
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Chat, Message, Update
from aiogram.types import User as TgUser
from sqlalchemy import Table, bindparam, event, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.db.engine import write_gate
from bot.db.models import FsmRecord, User
from bot.db.prepared import Prepared, insert_row, scalar_defaults
from bot.db.unit_of_work import UnitOfWork
from bot.telegram.fsm_storage import SqlStorage
from bot.telegram.fsm_update_cache import CachingIsolation, CachingStorage
from bot.telegram.unit_of_work import CommitBeforeSend, UnitOfWorkMiddleware

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
Look = Callable[[TelegramMethod[Any]], Awaitable[None]]


class LookingSession(BaseSession):
    """A Bot API session that runs ``look`` at each call instead of sending anything."""

    def __init__(self) -> None:
        super().__init__()
        self.look: Look | None = None

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109
    ) -> TelegramType:
        if self.look is not None:
            await self.look(method)
        chat = Chat(id=1, type="private")
        return Message(message_id=1, date=NOW, chat=chat, text="ok")  # type: ignore[return-value]

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        raise NotImplementedError
        yield b""  # pragma: no cover

    async def close(self) -> None:
        pass


def message(user_id: int, text: str, update_id: int = 1) -> Update:
    sender = TgUser(id=user_id, is_bot=False, first_name="Анна")
    chat = Chat(id=user_id, type="private")
    msg = Message(message_id=update_id, date=NOW, chat=chat, from_user=sender, text=text)
    return Update(update_id=update_id, message=msg)


def person(user_id: int, name: str) -> User:
    return User(id=user_id, first_name=name, language="ru", created_at=NOW, last_seen_at=NOW)


async def names(session_factory: async_sessionmaker[AsyncSession]) -> list[str]:
    """What another connection sees: only committed rows."""
    async with session_factory() as other:
        return list(await other.scalars(select(User.first_name).order_by(User.id)))


async def stored_state(session_factory: async_sessionmaker[AsyncSession]) -> list[str | None]:
    async with session_factory() as other:
        return list(await other.scalars(select(FsmRecord.state)))


@pytest.fixture
def parts(
    session_factory: async_sessionmaker[AsyncSession],
) -> tuple[Dispatcher, Bot, LookingSession, Router]:
    storage = SqlStorage(session_factory)
    dispatcher = Dispatcher(
        storage=CachingStorage(storage), events_isolation=CachingIsolation(SimpleEventIsolation())
    )
    gate = write_gate(session_factory.kw["bind"])
    dispatcher.update.outer_middleware(UnitOfWorkMiddleware(session_factory, gate))
    session = LookingSession()
    session.middleware(CommitBeforeSend())
    bot = Bot(token="42:TEST", session=session)
    router = Router()
    dispatcher.include_router(router)
    return dispatcher, bot, session, router


async def test_the_answer_and_its_state_are_committed_before_the_reply(
    parts: tuple[Dispatcher, Bot, LookingSession, Router],
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    dispatcher, bot, session, router = parts
    seen: list[tuple[list[str], list[str | None]]] = []

    @router.message()
    async def answer(msg: Message, uow: UnitOfWork, state: FSMContext) -> None:
        uow.session.add(person(1, "Анна"))
        await state.set_state("Dialog:next")
        await msg.answer("следующий вопрос")
        uow.session.add(person(2, "Борис"))  # after the reply: committed at the end

    async def look(method: TelegramMethod[Any]) -> None:
        seen.append((await names(session_factory), await stored_state(session_factory)))

    session.look = look
    await dispatcher.feed_update(bot, message(1, "ответ"))
    assert seen == [(["Анна"], ["Dialog:next"])]
    assert await names(session_factory) == ["Анна", "Борис"]


async def test_a_failing_handler_leaves_nothing_of_its_update(
    parts: tuple[Dispatcher, Bot, LookingSession, Router],
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    dispatcher, bot, _, router = parts
    done: list[str] = []

    @router.message()
    async def broken(_msg: Message, uow: UnitOfWork, state: FSMContext) -> None:
        uow.session.add(person(1, "Анна"))
        await state.set_state("Dialog:next")
        uow.after_commit(lambda: done.append("told"))
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        await dispatcher.feed_update(bot, message(1, "ответ"))
    assert await names(session_factory) == []
    assert await stored_state(session_factory) == []
    key = StorageKey(bot_id=bot.id, chat_id=1, user_id=1)
    assert await dispatcher.storage.get_state(key) is None
    assert done == []


async def test_after_commit_callbacks_run_once_the_writes_are_durable(
    parts: tuple[Dispatcher, Bot, LookingSession, Router],
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    dispatcher, bot, _, router = parts
    seen: list[list[str]] = []

    @router.message()
    async def handler(_msg: Message, uow: UnitOfWork) -> None:
        uow.session.add(person(1, "Анна"))

        async def notify() -> None:
            seen.append(await names(session_factory))

        uow.after_commit(notify)
        assert seen == []

    await dispatcher.feed_update(bot, message(1, "ответ"))
    assert seen == [["Анна"]]


async def test_concurrent_updates_keep_their_writes_their_own(
    parts: tuple[Dispatcher, Bot, LookingSession, Router],
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Twenty updates at once, each writing before and after a reply; the odd ones fail after
    the reply: what they wrote before it stays (it was shown), what came after is gone."""
    dispatcher, bot, _, router = parts

    @router.message()
    async def handler(msg: Message, uow: UnitOfWork) -> None:
        assert msg.from_user is not None
        user_id = msg.from_user.id
        uow.session.add(person(user_id, f"до-{user_id:02}"))
        await msg.answer("ок")
        await asyncio.sleep(0)
        uow.session.add(person(user_id + 100, f"после-{user_id:02}"))
        await uow.session.flush()
        if user_id % 2:
            raise RuntimeError("boom")

    outcomes = await asyncio.gather(
        *(dispatcher.feed_update(bot, message(i, "x", update_id=i)) for i in range(1, 21)),
        return_exceptions=True,
    )
    assert sum(isinstance(outcome, RuntimeError) for outcome in outcomes) == 10
    expected = [f"до-{i:02}" for i in range(1, 21)] + [f"после-{i:02}" for i in range(2, 21, 2)]
    assert await names(session_factory) == expected


USERS: Table = User.__table__  # type: ignore[assignment]
RENAME = Prepared(
    update(USERS).where(USERS.c.id == bindparam("uid")).values(first_name=bindparam("name"))
)


async def test_writes_at_commit_land_with_it_and_a_lone_one_goes_alone_on_postgresql(
    parts: tuple[Dispatcher, Bot, LookingSession, Router],
    session_factory: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    dispatcher, bot, _, router = parts
    through_sqlalchemy: list[str] = []
    listen = functools.partial(event.listen, engine.sync_engine, "before_cursor_execute")
    listen(lambda *a: through_sqlalchemy.append(a[2]) if "UPDATE users" in a[2] else None)

    @router.message(F.text == "ok")
    async def fine(msg: Message, uow: UnitOfWork) -> None:
        uow.session.add(person(1, "Анна"))
        await msg.answer("готово")  # Анна is committed
        uow.write_at_commit(RENAME, [{"uid": 1, "name": "Аня"}])
        assert await names(session_factory) == ["Анна"]  # not yet: with the last commit

    @router.message(F.text == "boom")
    async def broken(_msg: Message, uow: UnitOfWork) -> None:
        uow.write_at_commit(RENAME, [{"uid": 1, "name": "Борис"}])
        raise RuntimeError("boom")

    await dispatcher.feed_update(bot, message(1, "ok"))
    assert await names(session_factory) == ["Аня"]
    # On PostgreSQL the lone write went straight to asyncpg as a transaction of its own (with
    # others, it would begin one through SQLAlchemy); on SQLite it runs inline anyway.
    assert through_sqlalchemy == []
    with pytest.raises(RuntimeError, match="boom"):
        await dispatcher.feed_update(bot, message(1, "boom", update_id=2))
    assert await names(session_factory) == ["Аня"]  # rolled back: never written


ADD_USER = insert_row(USERS, skip=())


async def test_what_an_update_leaves_is_all_or_nothing_and_no_transaction_outlives_it(
    parts: tuple[Dispatcher, Bot, LookingSession, Router],
    session_factory: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    """On PostgreSQL the unit of work sends BEGIN and COMMIT itself (bot.db.prepared.OWNED):
    the ORM's statements and the prepared ones share its transaction, in either order, and a
    failed handler or a failed commit gives the pool its connection back out of it."""
    dispatcher, bot, _, router = parts
    open_at_checkin: list[bool] = []
    if engine.dialect.name == "postgresql":
        note = lambda raw, _record: open_at_checkin.append(  # noqa: E731
            raw.driver_connection.is_in_transaction()
        )
        event.listen(engine.sync_engine, "checkin", note)
    row = {
        **scalar_defaults(USERS, skip=()),
        "id": 1,
        "first_name": "Анна",
        "created_at": NOW,
        "last_seen_at": NOW,
    }

    @router.message(F.text == "orm first")
    async def orm_first(_msg: Message, uow: UnitOfWork) -> None:
        uow.session.add(person(2, "Борис"))
        await uow.session.flush()
        await ADD_USER.write(uow.session, row)
        raise RuntimeError("boom")

    @router.message(F.text == "prepared first")
    async def prepared_first(_msg: Message, uow: UnitOfWork) -> None:
        await ADD_USER.write(uow.session, row)
        uow.session.add(person(2, "Борис"))
        await uow.session.flush()
        raise RuntimeError("boom")

    @router.message(F.text == "bad commit")
    async def bad_commit(_msg: Message, uow: UnitOfWork) -> None:
        await ADD_USER.write(uow.session, row)
        uow.write_at_commit(ADD_USER, [row])  # the same id again: the commit fails

    for update_id, text in enumerate(("orm first", "prepared first"), start=1):
        with pytest.raises(RuntimeError, match="boom"):
            await dispatcher.feed_update(bot, message(1, text, update_id=update_id))
        assert await names(session_factory) == []
    with pytest.raises(IntegrityError):
        await dispatcher.feed_update(bot, message(1, "bad commit", update_id=3))
    assert await names(session_factory) == []
    assert not any(open_at_checkin)
