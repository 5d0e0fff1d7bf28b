"""The interview synthesis as a Telegram HTML message: per hypothesis, "you said" beside
"customers said" (their quotes for and against), with one status icon per status."""

from collections.abc import Sequence

from bot.i18n import Gettext
from bot.interview.synthesis.model import (
    MIN_TESTED,
    REFUTED_SHARE,
    SUPPORTED_SHARE,
    Evidence,
    FieldSynthesis,
    Synthesis,
)
from bot.text.html import clip, quote
from bot.value_prop.questions import label_key, position

HYPOTHESIS_LIMIT = 300  # characters of the founder's answer repeated above the evidence
SHOWN = 3  # evidence lines per side; the rest are counted, never dropped silently
NAMES_SHOWN, NAME_LIMIT = 8, 40  # people listed in the head, characters of each name
VERDICT_ICONS = {"confirmed": "✅", "partly": "🟡", "refuted": "❌", "unclear": "❔"}


def _evidence_line(e: Evidence, t: Gettext) -> str:
    if e.quote:
        words = t("syn-quote", text=quote(e.quote))
    else:
        words = t("syn-notes", text=quote(e.notes or "—"))
    line = t("syn-evidence", icon=VERDICT_ICONS[e.verdict], words=words, alias=quote(e.alias))
    if e.commitment != "none":
        line += " · " + t(f"syn-commit-{e.commitment}")
    if e.weak:
        line += " · " + t("syn-weak-mark")
    return line


def _side(title: str, items: Sequence[Evidence], t: Gettext) -> list[str]:
    if not items:
        return []
    lines = [title, *(_evidence_line(e, t) for e in items[:SHOWN])]
    if len(items) > SHOWN:
        lines.append(t("syn-more", count=len(items) - SHOWN))
    return lines


def _names(names: Sequence[str], t: Gettext) -> str:
    """A few names, each clipped, and how many more: fluent.runtime refuses a placeable
    over 2,500 characters."""
    shown = ", ".join(quote(clip(name, NAME_LIMIT)) for name in names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown += " " + t("syn-more", count=len(names) - NAMES_SHOWN)
    return shown


def _field_html(item: FieldSynthesis, t: Gettext) -> str:
    label = t(label_key(item.field))
    # The status with its icon, e.g. "🔴 опровергается".
    status = t(f"syn-status-{item.status}", left=max(MIN_TESTED - item.tested, 0))
    lines = [t("syn-field", n=position(item.field), label=label, status=status)]
    if item.hypothesis:
        lines.append(t("syn-you-said", text=quote(clip(item.hypothesis, HYPOTHESIS_LIMIT))))
    else:
        lines.append(t("syn-you-said-missing"))
    if not (item.tested or item.outside or item.counts["unclear"]):
        lines.append(t("syn-customers-silent"))
        return "\n".join(lines)
    sides = {"support": len(item.support), "against": len(item.against)}
    lines.append(t("syn-customers-said", **sides, **item.counts))  # counts per verdict
    lines += _side(t("syn-for"), item.support, t)
    lines += _side(t("syn-against"), item.against, t)
    lines += _side(t("syn-outside-field"), item.outside, t)
    if item.weak:
        lines.append(t("syn-weak", count=item.weak))
    return "\n".join(lines)


def render_synthesis_html(s: Synthesis, t: Gettext, goal: int | None) -> str:
    """Progress, segment fit, commitments, who is outside the segment and contradictions, then
    each hypothesis with its evidence. May exceed one message: send it through ``split_message``.
    """
    if goal is not None:
        progress = t("syn-progress", done=s.interviews, goal=goal)
    else:
        progress = t("syn-progress-no-goal", done=s.interviews)
    head = [t("syn-title"), progress]
    if not s.interviews:
        return "\n".join([*head, "", t("syn-empty")])
    head += [t("syn-segment-fit", **s.segment_fit), t("syn-commitments", **s.commitments)]
    if s.outside:
        head.append(t("syn-outside", names=_names(s.outside, t)))
    head += [
        t("syn-contradiction", name=quote(clip(n, NAME_LIMIT))) for n in s.contradictions[:SHOWN]
    ]
    if len(s.contradictions) > SHOWN:
        head.append(t("syn-more", count=len(s.contradictions) - SHOWN))
    blocks = ["\n".join(head), "\n".join([t("syn-legend-status"), t("syn-legend-verdict")])]
    blocks += [_field_html(item, t) for item in s.fields]
    shares = {"supported": round(100 * SUPPORTED_SHARE), "refuted": round(100 * REFUTED_SHARE)}
    blocks.append(t("syn-rule", min=MIN_TESTED, **shares))
    return "\n\n".join(blocks)
