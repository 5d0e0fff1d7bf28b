"""Switch off single performance changes in the bot under test, to measure what each one buys.

``BENCH_ABLATE=name,name`` (or ``all``) in the environment of ``python -m bench.common_child``
undoes the named changes in that process only (monkeypatching, before the app is built):

* ``fsm_cache`` — every FSM read goes to the storage (no per-update cache);
* ``combined_write`` — state and data written one after the other (two transactions);
* ``write_gate`` — SQLite writers wait in SQLite's busy handler, not in an asyncio queue;
* ``nudge_memo`` — nudges are rewritten in the outbox after every update;
* ``polling_dedup`` — the de-dup check queries the database for every update when polling too;
* ``text_fast_path`` — every outgoing text is tokenised before it is sent;
* ``i18n_memo`` — argument-less texts are formatted by Fluent every time;
* ``local_lock`` — (scale) no process-local lock in front of the Redis lock.
"""

import os
from collections.abc import Callable
from typing import Any

Patch = Callable[[], None]


def _fsm_cache() -> None:
    from bot.telegram import fsm_update_cache  # noqa: PLC0415

    fsm_update_cache._current = lambda key: None  # type: ignore[assignment]


def _combined_write() -> None:
    from bot.telegram import fsm_update_cache  # noqa: PLC0415

    async def sequential(storage: Any, key: Any, state: Any, data: Any) -> None:
        await storage.set_state(key, state)
        await storage.set_data(key, data)

    fsm_update_cache.write_both = sequential  # type: ignore[assignment]


def _write_gate() -> None:
    from bot.telegram import middlewares  # noqa: PLC0415

    middlewares.write_gate = lambda engine: None  # type: ignore[assignment]


def _nudge_memo() -> None:
    from bot.reminders.nudges.middleware import ActivityMemo  # noqa: PLC0415

    ActivityMemo.is_current = lambda self, user_id, dialogue, now: False  # type: ignore[method-assign]


def _polling_dedup() -> None:
    from bot.telegram.dedup import DedupMiddleware  # noqa: PLC0415

    init = DedupMiddleware.__init__

    def always_query(self: DedupMiddleware, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **{**kwargs, "single_consumer": False})

    DedupMiddleware.__init__ = always_query  # type: ignore[method-assign]


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
    "write_gate": _write_gate,
    "nudge_memo": _nudge_memo,
    "polling_dedup": _polling_dedup,
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
