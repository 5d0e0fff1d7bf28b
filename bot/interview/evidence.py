"""A version's interview evidence: its finished interviews, their synthesis, and the card badges.

Handed to value_prop's card through ``CardExtras`` (bot.wiring); the consultant's client view
uses it directly.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from bot.db.models import ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Gettext
from bot.interview.log.service import records
from bot.interview.progress_card import add_progress
from bot.interview.synthesis.build import synthesize
from bot.interview.synthesis.model import Synthesis
from bot.value_prop.card.model import CardData
from bot.value_prop.questions import Field


@dataclass(frozen=True)
class VersionEvidence:
    """A version's finished interviews and their synthesis (statuses per hypothesis)."""

    synthesis: Synthesis
    done: int
    goal: int

    def on_card(self, card: CardData, t: Gettext) -> CardData:
        """The card with the progress line and a status badge per hypothesis."""
        return add_progress(card, t, synthesis=self.synthesis, done=self.done, goal=self.goal)


async def evidence(
    repo: Repositories, vp: ValueProposition, hypotheses: Mapping[Field, str | None]
) -> VersionEvidence | None:
    """The synthesis of ``vp``'s finished interviews; None before the first one."""
    interviews = await repo.interviews.interviews_for(vp.id, done_only=True)
    if not interviews:
        return None
    try:
        result = synthesize(hypotheses, records(interviews))
    except ValueError:  # a value outside the known verdicts: show the card without statuses
        return None
    return VersionEvidence(synthesis=result, done=len(interviews), goal=vp.interview_goal)
