"""The interview synthesis as a Telegram HTML message (parse_mode=HTML)."""

from html import escape

from bot.interview.synthesis_model import (
    MIN_TESTED,
    REFUTED_SHARE,
    SUPPORTED_SHARE,
    FieldSynthesis,
    Synthesis,
)
from bot.interview.synthesis_quotes import clip
from bot.value_prop.card import Gettext
from bot.value_prop.questions import label_key, position

HYPOTHESIS_LIMIT = 300  # characters of the founder's answer repeated above the evidence


def _user(text: str) -> str:
    return escape(text, quote=False)


def _field_html(item: FieldSynthesis, t: Gettext) -> str:
    status = t(f"syn-status-{item.status}", left=max(MIN_TESTED - item.tested, 0))
    lines = [t("syn-field", n=position(item.field), label=t(label_key(item.field)), status=status)]
    if item.hypothesis:
        lines.append(t("syn-hypothesis", text=_user(clip(item.hypothesis, HYPOTHESIS_LIMIT))))
    else:
        lines.append(t("syn-hypothesis-missing"))
    if item.tested:
        lines.append(t("syn-counts", tested=item.tested, **item.counts))
    if item.quotes:
        lines.append(t("syn-quotes", count=len(item.quotes)))
        lines.extend(t("syn-quote", text=_user(quote)) for quote in item.quotes)
    return "\n".join(lines)


def render_synthesis_html(s: Synthesis, t: Gettext, goal: int | None) -> str:
    """Progress, segment fit and commitments, then each hypothesis with counts and quotes.

    May exceed one message with long answers: send it through ``split_message``.
    """
    if goal is not None:
        progress = t("syn-progress", done=s.interviews, goal=goal)
    else:
        progress = t("syn-progress-no-goal", done=s.interviews)
    head = [t("syn-title"), progress]
    if not s.interviews:
        return "\n".join([*head, "", t("syn-empty")])
    head += [t("syn-segment-fit", **s.segment_fit), t("syn-commitments", **s.commitments)]
    blocks = ["\n".join(head), "\n".join([t("syn-subtitle"), t("syn-legend")])]
    blocks += [_field_html(item, t) for item in s.fields]
    rule = t(
        "syn-rule",
        min=MIN_TESTED,
        supported=round(100 * SUPPORTED_SHARE),
        refuted=round(100 * REFUTED_SHARE),
    )
    blocks.append(rule)
    return "\n\n".join(blocks)
