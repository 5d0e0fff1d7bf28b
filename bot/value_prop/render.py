"""Texts and keyboards of the value-proposition dialogue, built from the locale files."""

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import Button, inline
from bot.text.html import clip
from bot.text.html import quote as quote  # noqa: PLC0414 (handlers call render.quote)
from bot.value_prop.callbacks import VersionCb, VpCb
from bot.value_prop.card.extras import ButtonRow
from bot.value_prop.non_answer import NonAnswer
from bot.value_prop.questions import FIELDS, Field, label_key, position
from bot.value_prop.service import VpSnapshot

QUOTE_LIMIT = 200  # characters of the founder's words quoted back in coaching


def quote_short(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The founder's words on one line, cut at a word with "…" when long, escaped for HTML."""
    return quote(clip(text, limit))


def _prompt(t: Translator, lead: str, field: Field, example: str, *tail: str) -> str:
    """``lead``, the question of ``field``, its hint and ``example``, then ``tail``."""
    question = [t(f"vp-q-{field}"), t("vp-hint", hint=t(f"vp-hint-{field}"))]
    return "\n\n".join([lead, *question, t("vp-example", example=example), *tail])


def question_text(
    t: Translator, field: Field, current: str | None, example: str, *, editing: bool = False
) -> str:
    """The question with its hint, an example and the current answer; in an edit from the
    review its edit prompt."""
    label = t(label_key(field))
    if editing:
        lead = t("vp-edit-prompt", label=label)
    else:
        lead = t("vp-progress", n=position(field), total=len(FIELDS), label=label)
    tail = [t("vp-current-answer", answer=quote(current))] if current else []
    return _prompt(t, lead, field, example, *tail)


def coaching_text(
    t: Translator, reason_key: str, answer: str, example: str, *, again: bool, editing: bool
) -> str:
    """Coaching of a vague answer: the founder's own words, the reason, an example, the way out."""
    parts = [t("coach-again")] if again else []
    parts += [
        t("coach-you-wrote", answer=quote_short(answer)),
        t(reason_key),
        t("vp-example", example=example),
        t("coach-way-out-edit") if editing else t("coach-way-out"),
    ]
    return "\n\n".join(parts)


def non_answer_text(t: Translator, kind: NonAnswer, field: Field, example: str) -> str:
    """The reply to a question back, "I don't know" or "help": hint and a fresh example."""
    lead = {"dont_know": "vp-nonanswer-dont-know", "help": "vp-nonanswer-help"}
    lead_text = t(lead.get(kind, "vp-nonanswer-question"))
    return _prompt(t, lead_text, field, example, t("vp-nonanswer-not-saved"))


def question_keyboard(
    t: Translator, vp_id: int, field: Field, *, keep_previous: bool = False, editing: bool = False
) -> InlineKeyboardMarkup:
    """Back and skip, in an edit cancel; in a revision also "keep the previous answer" above."""
    row: list[Button] = []
    if editing:
        row.append((t("btn-cancel-edit"), VpCb(action="review", vp=vp_id, field=field)))
    else:
        if field is not FIELDS[0]:
            row.append((t("btn-back"), VpCb(action="back", vp=vp_id, field=field)))
        row.append((t("btn-skip"), VpCb(action="skip", vp=vp_id, field=field)))
    keep = (t("btn-keep-previous"), VpCb(action="prev", vp=vp_id, field=field))
    return inline([[keep] if keep_previous else [], row])


def coaching_keyboard(
    t: Translator, vp_id: int, field: Field, *, editing: bool = False
) -> InlineKeyboardMarkup:
    """Keep the questioned answer; in an edit also cancel it (the previous answer stays)."""
    rows: list[list[Button]] = [[(t("btn-keep"), VpCb(action="keep", vp=vp_id, field=field))]]
    if editing:
        rows.append([(t("btn-cancel-edit"), VpCb(action="review", vp=vp_id, field=field))])
    return inline(rows)


def review_text(t: Translator, vp: VpSnapshot) -> str:
    title = t("vp-review-title", name=quote(vp.name))
    if vp.version > 1:
        title += " · " + t("card-version", version=vp.version)
    return "\n\n".join([title, answers_text(t, vp), t("vp-review-footer")])


def answers_text(t: Translator, vp: VpSnapshot) -> str:
    """The five answers, numbered, skipped and "to sharpen" ones marked (HTML)."""
    blocks: list[str] = []
    for field in FIELDS:
        answer = vp.answers.get(field)
        label = t("vp-review-label", n=position(field), label=t(label_key(field)))
        if answer is None or answer.skipped or not answer.text:
            body = t("vp-skipped")
        else:
            body = quote(answer.text)
            if answer.kept_finding:
                label += " · " + t("vp-review-sharpen")
        blocks.append(f"{label}\n{body}")
    return "\n\n".join(blocks)


def review_keyboard(t: Translator, vp_id: int) -> InlineKeyboardMarkup:
    rows: list[list[Button]] = []
    for field in FIELDS:
        edit = t("btn-edit", n=position(field), label=t(label_key(field)))
        rows.append([(edit, VpCb(action="edit", vp=vp_id, field=field))])
    rows.append([(t("btn-confirm"), VpCb(action="confirm", vp=vp_id))])
    return inline(rows)


def resume_keyboard(
    t: Translator, vp_id: int, field: str, *, with_draft: bool
) -> InlineKeyboardMarkup:
    actions = [("btn-use-draft", "draft")] if with_draft else []
    actions += [("btn-continue", "continue"), ("btn-restart", "restart")]
    return inline([[(t(key), VpCb(action=a, vp=vp_id, field=field))] for key, a in actions])


def done_keyboard(
    t: Translator, vp_id: int | None = None, extra: Sequence[ButtonRow] = ()
) -> InlineKeyboardMarkup:
    """Under a finished card: the rows other capabilities add (interviews, a session), revise,
    rename, a new one, the list."""
    rows: list[list[Button]] = []
    if vp_id is not None:
        rows += [row(t, vp_id) for row in extra]
        revise = (t("btn-revise"), VersionCb(action="revise", vp=vp_id))
        rows.append([revise, (t("btn-rename"), VersionCb(action="rename", vp=vp_id))])
    rows += [[(t("btn-new-vp"), MenuCb(action="new"))], [(t("btn-my-vps"), MenuCb(action="list"))]]
    return inline(rows)
