"""Where a founder is in the method, and the funnel across a consultant's clients (pure)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.value_prop.questions import FIELDS

STAGES = ("onboarding", "value_prop", "value_prop_done", "script_ready", "interviewing")


@dataclass(frozen=True)
class VpFacts:
    """What is known about one value proposition of a client."""

    status: str  # draft, review, done, abandoned
    answered: int  # questions answered or skipped (0..5)
    has_script: bool = False
    interviews: int = 0


@dataclass(frozen=True)
class ClientFacts:
    consented: bool
    last_seen_at: datetime
    vps: Sequence[VpFacts] = ()


@dataclass(frozen=True)
class Stage:
    """A client's furthest point: the stage id and a number (question or interview count)."""

    id: str
    number: int = 0


def stage_of(client: ClientFacts) -> Stage:
    """The most advanced stage across the client's value propositions."""
    live = [vp for vp in client.vps if vp.status != "abandoned"] if client.consented else []
    return max(map(_vp_stage, live), key=_rank, default=Stage("onboarding"))


def _vp_stage(vp: VpFacts) -> Stage:
    if vp.interviews > 0:
        return Stage("interviewing", vp.interviews)
    if vp.has_script:
        return Stage("script_ready")
    if vp.status == "done":
        return Stage("value_prop_done")
    return Stage("value_prop", min(vp.answered + 1, len(FIELDS)))


def _rank(stage: Stage) -> tuple[int, int]:
    return STAGES.index(stage.id), stage.number


def days_since(moment: datetime, now: datetime) -> int:
    return max(0, (now - moment).days)


@dataclass
class Funnel:
    """How many clients reached each step; drop-off is the difference between neighbours."""

    clients: int = 0
    consented: int = 0
    answered: list[int] = field(default_factory=lambda: [0] * len(FIELDS))
    vp_done: int = 0
    script_ready: int = 0
    interviewed: int = 0

    def steps(self) -> list[tuple[str, int]]:
        """(step id, count) in order; ids are locale keys' suffixes."""
        rows = [("clients", self.clients), ("consented", self.consented)]
        rows += [(f"q{n}", count) for n, count in enumerate(self.answered, start=1)]
        return rows + [
            (step, getattr(self, step)) for step in ("vp_done", "script_ready", "interviewed")
        ]


def funnel(clients: Sequence[ClientFacts]) -> Funnel:
    result = Funnel(clients=len(clients))
    for client in clients:
        if not client.consented:
            continue
        result.consented += 1
        live = [vp for vp in client.vps if vp.status != "abandoned"]
        most = max((vp.answered for vp in live), default=0)
        for index in range(min(most, len(FIELDS))):
            result.answered[index] += 1
        result.vp_done += any(vp.status == "done" for vp in live)
        result.script_ready += any(vp.has_script for vp in live)
        result.interviewed += any(vp.interviews > 0 for vp in live)
    return result
