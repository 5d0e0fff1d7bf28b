"""What capabilities above value_prop add to a finished card, wired in bot.wiring.

A finished proposition leads on to interviews and to a session with the consultant, and after
interviews its card shows their evidence; value_prop draws the card without knowing those
capabilities: they hand in button rows and an evidence source here, and handlers receive the
result as ``card_extras`` from the dispatcher's workflow data.
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from bot.db.models import ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Gettext, Translator
from bot.telegram.keyboards import Button
from bot.value_prop.card.model import CardData
from bot.value_prop.questions import Field


class CardEvidence(Protocol):
    """Evidence about a version, drawn onto its card."""

    def on_card(self, card: CardData, t: Gettext) -> CardData: ...


# (repo, version, the version's answers) -> its evidence, None before there is any.
EvidenceSource = Callable[
    [Repositories, ValueProposition, Mapping[Field, str | None]], Awaitable[CardEvidence | None]
]
# (translator, proposition id) -> one row of buttons under the card.
ButtonRow = Callable[[Translator, int], list[Button]]


@dataclass(frozen=True)
class CardExtras:
    rows: tuple[ButtonRow, ...]  # shown first, in this order
    evidence: EvidenceSource
