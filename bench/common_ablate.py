"""Switch off single performance changes in the bot under test, to measure what each one buys.

``BENCH_ABLATE=name,name`` (or ``all``) in the environment of ``python -m bench.common_child``
undoes the named changes in that process only (monkeypatching, before the app is built):

* ``fsm_cache`` — every FSM read goes to the storage (no per-update cache);
* ``combined_write`` — state and data written one after the other (two transactions);
* ``write_gate`` — SQLite writers wait in SQLite's busy handler, not in an asyncio queue;
* ``nudge_memo`` — nudges are rewritten in the outbox after every update;
* ``text_fast_path`` — every outgoing text is tokenised before it is sent;
* ``i18n_memo`` — argument-less texts are formatted by Fluent every time;
* ``local_lock`` — (scale) no process-local lock in front of the Redis lock;
* ``heap_freeze`` — start-up's objects stay in the collector's generations (no ``gc.freeze``).
"""

import os
from collections.abc import Callable
from typing import Any

Patch = Callable[[], None]


def _replace(owner: object, name: str, value: object) -> Any:
    """Swap ``owner.<name>`` for ``value`` in this process; returns what was there before."""
    before = getattr(owner, name)
    setattr(owner, name, value)
    return before


def _fsm_cache() -> None:
    from bot.telegram import fsm_update_cache  # noqa: PLC0415

    _replace(fsm_update_cache, "_current", lambda key: None)


def _combined_write() -> None:
    from bot.telegram import fsm_update_cache  # noqa: PLC0415

    async def sequential(storage: Any, key: Any, state: Any, data: Any) -> None:
        await storage.set_state(key, state)
        await storage.set_data(key, data)

    _replace(fsm_update_cache, "write_both", sequential)


def _write_gate() -> None:
    from bot.telegram import middlewares  # noqa: PLC0415

    _replace(middlewares, "write_gate", lambda engine: None)


def _nudge_memo() -> None:
    from bot.reminders.nudges.middleware import ActivityMemo  # noqa: PLC0415

    _replace(ActivityMemo, "is_current", lambda self, user_id, dialogue, now: False)


def _text_fast_path() -> None:
    from bot.telegram import text_limits  # noqa: PLC0415

    _replace(text_limits, "_surely_visible", lambda text: False)


def _i18n_memo() -> None:
    from bot.i18n import Translator  # noqa: PLC0415

    def get(self: Translator, key: str, /, **kwargs: Any) -> str:
        return self._format(key, kwargs)

    _replace(Translator, "get", get)


def _local_lock() -> None:
    import bot.app  # noqa: PLC0415

    _replace(bot.app, "LocalThenSharedIsolation", lambda shared: shared)


def _heap_freeze() -> None:
    from bot.app import App  # noqa: PLC0415

    _replace(App, "settle_heap", staticmethod(lambda: None))


PATCHES: dict[str, Patch] = {
    "fsm_cache": _fsm_cache,
    "combined_write": _combined_write,
    "write_gate": _write_gate,
    "nudge_memo": _nudge_memo,
    "text_fast_path": _text_fast_path,
    "i18n_memo": _i18n_memo,
    "local_lock": _local_lock,
    "heap_freeze": _heap_freeze,
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
