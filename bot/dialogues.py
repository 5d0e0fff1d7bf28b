"""One registry of dialogues: which one a user is in, where in it, and how to take them back.

A capability describes each dialogue a user can leave half-way and come back to (its states
group, which states are worth coming back to, how to read "where" from the FSM state and data,
how to offer and how to resume it) in its own package; ``bot.wiring`` registers them here. The
rest of the bot asks the registry and never reads another capability's FSM data keys: /start
offers to continue, nudges are timed and worded, and the transcript files each line under the
dialogue it belongs to.
"""

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram.fsm.state import StatesGroup

from bot.events import Visit


@dataclass(frozen=True)
class DialogueSpot:
    """Where the founder stopped: which dialogue, which proposition, which step."""

    dialogue: str  # a Dialogue's key, e.g. "vp" or "iv"
    vp: int
    step: str
    interview: int | None = None

    def payload(self) -> str:
        data: dict[str, Any] = {"d": self.dialogue, "vp": self.vp, "step": self.step}
        if self.interview is not None:
            data["iv"] = self.interview
        return json.dumps(data, sort_keys=True)


def dialogue_of(spot: DialogueSpot | None) -> str | None:
    """Which dialogue a spot is in (dialogue, proposition, interview), without the step."""
    if spot is None:
        return None
    return f"{spot.dialogue}:{spot.vp}:{spot.interview or ''}"


def parse_spot(payload: str | None) -> DialogueSpot | None:
    try:
        data = json.loads(payload or "{}")
        return DialogueSpot(
            str(data["d"]), int(data["vp"]), str(data["step"]), data.get("iv") and int(data["iv"])
        )
    except (ValueError, KeyError, TypeError):
        return None


# (visit, FSM state, FSM data) -> True when the dialogue answered the user.
Resume = Callable[[Visit, str, dict[str, Any]], Awaitable[bool]]


@dataclass(frozen=True)
class Dialogue:
    key: str  # stored with nudges
    name: str  # stored in the transcript
    group: type[StatesGroup]
    resumable: frozenset[str | None]  # states worth coming back to (nudged, offered on /start)
    locate: Callable[[str, dict[str, Any]], DialogueSpot | None]
    offer: Resume  # /start in the middle: offer to go on
    resume: Resume  # "continue" under a nudge: ask the pending question again


class Dialogues:
    """The registered dialogues, looked up by FSM state."""

    def __init__(self, *dialogues: Dialogue) -> None:
        self._by_group = {d.group.__full_group_name__: d for d in dialogues}

    def resumable(self, state: str | None) -> Dialogue | None:
        """The dialogue ``state`` belongs to, if it is a state worth coming back to."""
        found = self._by_group.get((state or "").partition(":")[0])
        return found if found is not None and state in found.resumable else None

    def spot_of(self, state: str | None, data: dict[str, Any]) -> DialogueSpot | None:
        """Where a founder is, from their FSM state and data; None outside a dialogue."""
        dialogue = self.resumable(state)
        return None if dialogue is None or state is None else dialogue.locate(state, data)

    def transcript_spot(self, state: str | None) -> tuple[str | None, str | None]:
        """'VpDialog:segment' → ('value_prop', 'segment'); other groups keep their own name."""
        if not state:
            return None, None
        group, _, step = state.partition(":")
        dialogue = self._by_group.get(group)
        return (group if dialogue is None else dialogue.name), step or None

    async def offer(self, visit: Visit, state: str | None, data: dict[str, Any]) -> bool:
        dialogue = self.resumable(state)  # None when ``state`` is
        return dialogue is not None and await dialogue.offer(visit, state or "", data)

    async def resume(self, visit: Visit, state: str | None, data: dict[str, Any]) -> bool:
        dialogue = self.resumable(state)
        return dialogue is not None and await dialogue.resume(visit, state or "", data)
