"""Switch off single performance changes in the bot under test, to measure what each one buys.

``BENCH_ABLATE=name,name`` (or ``all``) in the environment of ``python -m bench.common_child``
undoes the named changes in that process only (monkeypatching, before the app is built):

* ``fsm_cache`` — every FSM read goes to the storage (no per-update cache);
* ``combined_write`` — state and data written one after the other (two transactions);
* ``inline_filters`` — aiogram runs magic and state filters in its thread pool again;
* ``response_models`` — pydantic ``Response[...]`` models are no longer kept alive;
* ``sqlite_gate`` — SQLite writers wait in SQLite's busy handler, not in an asyncio queue;
* ``one_trip`` — SQLAlchemy's stock aiosqlite adapter (four trips to the thread per statement);
* ``nudge_memo`` — nudges are rewritten in the outbox after every update;
* ``polling_dedup`` — the de-dup check queries the database for every update when polling too;
* ``update_connection`` — the update's session checks a connection out per transaction;
* ``dedup_session`` — de-dup check and record in sessions of their own;
* ``text_fast_path`` — every outgoing text is tokenised before it is sent;
* ``i18n_memo`` — argument-less texts are formatted by Fluent every time;
* ``local_lock`` — (scale) no process-local lock in front of the Redis lock.
"""

import os
from collections.abc import Callable
from typing import Any

from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import TelegramObject

Patch = Callable[[], None]


def _fsm_cache() -> None:
    from bot.telegram import fsm_cache  # noqa: PLC0415

    fsm_cache._current = lambda key: None  # type: ignore[assignment]


def _combined_write() -> None:
    from bot.telegram import fsm_cache  # noqa: PLC0415

    async def sequential(storage: Any, key: Any, state: Any, data: Any) -> None:
        await storage.set_state(key, state)
        await storage.set_data(key, data)

    fsm_cache.write_both = sequential  # type: ignore[assignment]


def _inline_filters() -> None:
    import bot.app  # noqa: PLC0415

    bot.app.inline_magic_filters = lambda router: 0  # type: ignore[assignment]


def _response_models() -> None:
    from bot.telegram import response_models  # noqa: PLC0415

    async def passthrough(
        self: Any,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Any,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        return await make_request(bot, method)

    response_models.KeepResponseModels.__call__ = passthrough  # type: ignore[method-assign]


def _sqlite_gate() -> None:
    from bot.db import sqlite_gate  # noqa: PLC0415

    sqlite_gate.install = lambda engine, timeout: None  # type: ignore[assignment]


def _one_trip() -> None:
    import sqlite3  # noqa: PLC0415
    from types import SimpleNamespace  # noqa: PLC0415

    import aiosqlite  # noqa: PLC0415
    from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_dbapi  # noqa: PLC0415

    from bot.db import engine  # noqa: PLC0415

    def stock() -> AsyncAdapt_aiosqlite_dbapi:
        return AsyncAdapt_aiosqlite_dbapi(aiosqlite, sqlite3)

    engine.sqlite_driver = SimpleNamespace(dbapi=stock)  # type: ignore[assignment]


def _nudge_memo() -> None:
    from bot.reminders.nudges.middleware import ActivityMemo  # noqa: PLC0415

    ActivityMemo.is_current = lambda self, user_id, dialogue, now: False  # type: ignore[method-assign]


def _polling_dedup() -> None:
    from bot.telegram.dedup import DedupMiddleware  # noqa: PLC0415

    init = DedupMiddleware.__init__

    def always_query(self: DedupMiddleware, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **{**kwargs, "single_consumer": False})

    DedupMiddleware.__init__ = always_query  # type: ignore[method-assign]


def _update_connection() -> None:
    from bot.db import update_session  # noqa: PLC0415
    from bot.db.repositories import Repositories  # noqa: PLC0415
    from bot.telegram.middlewares import DatabaseMiddleware  # noqa: PLC0415

    async def per_transaction(
        self: DatabaseMiddleware, handler: Any, event: TelegramObject, data: dict[str, Any]
    ) -> Any:
        async with self.session_factory() as session:
            data["repo"] = Repositories.bind(session)
            try:
                with update_session.bound(session):
                    result = await handler(event, data)
            except Exception:
                await session.rollback()
                raise
            await session.commit()
            return result

    DatabaseMiddleware.__call__ = per_transaction  # type: ignore[method-assign]


def _dedup_session() -> None:
    """De-dup outside the database session again, with sessions of its own (the old order)."""
    import bot.app  # noqa: PLC0415
    from bot.telegram.dedup import DedupMiddleware  # noqa: PLC0415
    from bot.telegram.middlewares import DatabaseMiddleware  # noqa: PLC0415

    install = bot.app.install_middlewares

    def install_in_old_order(dispatcher: Any, **kwargs: Any) -> None:
        install(dispatcher, **kwargs)
        chain = dispatcher.update.outer_middleware._middlewares
        dedup = next(i for i, m in enumerate(chain) if isinstance(m, DedupMiddleware))
        database = next(i for i, m in enumerate(chain) if isinstance(m, DatabaseMiddleware))
        chain[dedup], chain[database] = chain[database], chain[dedup]

    bot.app.install_middlewares = install_in_old_order  # type: ignore[assignment]


def _text_fast_path() -> None:
    from bot.telegram import text_limits  # noqa: PLC0415

    text_limits._surely_visible = lambda text: False  # type: ignore[assignment]


def _i18n_memo() -> None:
    from bot.i18n import Translator  # noqa: PLC0415

    def get(self: Translator, key: str, /, **kwargs: Any) -> str:
        return self._format(key, kwargs)

    Translator.get = get  # type: ignore[method-assign]


def _local_lock() -> None:
    import bot.app  # noqa: PLC0415

    bot.app.LocalThenSharedIsolation = lambda shared: shared  # type: ignore[assignment,misc]


PATCHES: dict[str, Patch] = {
    "fsm_cache": _fsm_cache,
    "combined_write": _combined_write,
    "inline_filters": _inline_filters,
    "response_models": _response_models,
    "sqlite_gate": _sqlite_gate,
    "one_trip": _one_trip,
    "nudge_memo": _nudge_memo,
    "polling_dedup": _polling_dedup,
    "update_connection": _update_connection,
    "dedup_session": _dedup_session,
    "text_fast_path": _text_fast_path,
    "i18n_memo": _i18n_memo,
    "local_lock": _local_lock,
}


def apply_from_env() -> list[str]:
    """Apply the patches named in BENCH_ABLATE; returns their names."""
    wanted = [n.strip() for n in os.environ.get("BENCH_ABLATE", "").split(",") if n.strip()]
    if wanted == ["all"]:
        wanted = list(PATCHES)
    unknown = set(wanted) - set(PATCHES)
    if unknown:
        msg = f"unknown BENCH_ABLATE names: {sorted(unknown)}; known: {sorted(PATCHES)}"
        raise SystemExit(msg)
    for name in wanted:
        PATCHES[name]()
    return wanted
