"""One check for every button that names an object: is it the pressing user's, and which is it?

Callback data can be forged (docs/callback-audit.md), so a button never grants anything by itself.
``Owned(kind)`` loads the object the button names, checks on the server that it belongs to the
pressing user, and injects it into the handler (``vp``, ``interview``, ``question``, ``client`` …,
plus the button's ``message``). A refused button falls through: the fallback router's neutral
answer, or a capability's own catch-all registered with ``refuse_with`` after its handlers.
On a typed answer the object is the one the user's dialogue is about (ids in the FSM data); a
refused one ends the dialogue with ``forget_with``'s answer.
Kinds live with the capability that owns the objects (``bot/value_prop/owned.py`` …).
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from aiogram.filters import Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.config import Settings
from bot.db.models import User
from bot.db.repositories import Repositories
from bot.i18n import Translator


@dataclass(frozen=True)
class Claim:
    """What a button claims, and who pressed it: all a kind needs to check the claim."""

    repo: Repositories
    user: User
    settings: Settings
    state: FSMContext
    button: Any  # the parsed CallbackData; None for a typed answer (the FSM data names it)


class Kind(Protocol):
    """Loads the objects a claim names if the user may act on them (None: refused)."""

    async def __call__(self, claim: Claim) -> Mapping[str, object] | None: ...


class Owned(Filter):
    """Passes a button naming the pressing user's own object of ``kind``; injects it."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind

    async def __call__(
        self,
        event: CallbackQuery | Message,
        repo: Repositories,
        user: User,
        settings: Settings,
        state: FSMContext,
        **data: Any,
    ) -> bool | dict[str, Any]:
        message = event.message if isinstance(event, CallbackQuery) else event
        if not isinstance(message, Message):  # too old to act on: nothing to answer under
            return False
        claim = Claim(repo, user, settings, state, data.get("callback_data"))
        found = await self.kind(claim)
        if found is None:
            return False
        # A typed answer is the handler's own first argument; a button's message is injected.
        # An empty result (a role, nothing to inject) still passes.
        return (
            {**found, "message": message}
            if isinstance(event, CallbackQuery)
            else {**found} or True
        )


def refuse_with(key: str) -> Callable[..., Awaitable[None]]:
    """A catch-all answering only ``key`` (a toast for a button, a message otherwise): a
    capability's refused buttons or commands, or "type it, please" where a dialogue waits for
    text; the dialogue state is kept."""

    async def refused(
        event: CallbackQuery | Message,
        t: Translator,
        callback_answer: CallbackAnswer | None = None,
    ) -> None:
        if isinstance(event, Message):
            await event.answer(t(key))
        elif callback_answer is not None:
            callback_answer.text = t(key)

    return refused


def forget_with(key: str) -> Callable[[Message, Translator, FSMContext], Awaitable[None]]:
    """For typed answers whose dialogue object is gone: end the dialogue, say ``key``."""

    async def forgotten(message: Message, t: Translator, state: FSMContext) -> None:
        await state.clear()
        await message.answer(t(key))

    return forgotten
