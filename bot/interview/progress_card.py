"""The card after interviews: progress toward the goal and a status badge per hypothesis."""

from dataclasses import replace

from bot.i18n import Gettext
from bot.interview.synthesis.model import FieldSynthesis, Synthesis
from bot.value_prop.card.model import CardData
from bot.value_prop.questions import FIELDS

# The key drawn under the rows: one colour per status, strongest evidence first.
LEGEND_ORDER = ("supported", "refuted", "mixed", "testing", "untested")


def progress_text(t: Gettext, *, done: int, goal: int | None) -> str:
    """The progress line, e.g. "Интервью: 3 из 10"; just the count when there is no goal."""
    if goal is not None and goal > 0:
        return t("pcard-progress", done=done, goal=goal)
    return t("pcard-progress-no-goal", done=done)


def badge_text(t: Gettext, item: FieldSynthesis) -> str:
    """Short status of one hypothesis, e.g. "подтверждена · за 4 · против 1": the word names
    the status (the pill's colour), the numbers are always customers for and against."""
    return t(f"pcard-badge-{item.status}", support=len(item.support), against=len(item.against))


def add_progress(
    card: CardData, t: Gettext, *, synthesis: Synthesis, done: int, goal: int | None
) -> CardData:
    """``card`` (rows in FIELDS order) with the progress line and a badge on every row."""
    found = {item.field: item for item in synthesis.fields}
    items = [found.get(field) for field in FIELDS]
    rows = tuple(
        row if item is None else replace(row, status=item.status, badge=badge_text(t, item))
        for row, item in zip(card.rows, items, strict=True)
    )
    share = min(done / goal, 1.0) if goal is not None and goal > 0 else None
    return replace(
        card,
        rows=rows,
        progress=progress_text(t, done=done, goal=goal),
        progress_share=share,
        cut_note=t("pcard-cut-note"),  # the synthesis above shortens long answers too
        legend=tuple((status, t(f"pcard-legend-{status}")) for status in LEGEND_ORDER),
    )
