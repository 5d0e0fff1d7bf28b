"""Texts and keyboards of the value-proposition dialogue, built from the locale files."""

from html import escape

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.telegram.callbacks import IvCb, MenuCb, SessionCb, VpCb
from bot.telegram.keyboards import Button, inline
from bot.value_prop.questions import (
    FIELDS,
    Field,
    example_key,
    hint_key,
    label_key,
    position,
    question_key,
)
from bot.value_prop.service import VpSnapshot


def quote(text: str) -> str:
    """User text, escaped for HTML parse mode (shown exactly as typed)."""
    return escape(text, quote=False)


def question_text(t: Translator, field: Field, current: str | None = None) -> str:
    parts = [
        t("vp-progress", n=position(field), total=len(FIELDS), label=t(label_key(field))),
        t(question_key(field)),
        t("vp-hint", hint=t(hint_key(field))),
        t("vp-example", example=t(example_key(field))),
    ]
    if current:
        parts.append(t("vp-current-answer", answer=quote(current)))
    return "\n\n".join(parts)


def question_keyboard(t: Translator, vp_id: int, field: Field) -> InlineKeyboardMarkup:
    row: list[Button] = []
    if field is not FIELDS[0]:
        row.append((t("btn-back"), VpCb(action="back", vp=vp_id, field=field)))
    row.append((t("btn-skip"), VpCb(action="skip", vp=vp_id, field=field)))
    return inline([row])


def coaching_keyboard(t: Translator, vp_id: int, field: Field) -> InlineKeyboardMarkup:
    return inline([[(t("btn-keep"), VpCb(action="keep", vp=vp_id, field=field))]])


def name_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return inline([[(t("btn-name-later"), VpCb(action="autoname", vp=0))]])


def review_text(t: Translator, vp: VpSnapshot) -> str:
    blocks = [t("vp-review-title", name=quote(vp.name))]
    for field in FIELDS:
        answer = vp.answers.get(field)
        label = t("vp-review-label", n=position(field), label=t(label_key(field)))
        if answer is None or answer.skipped or not answer.text:
            body = t("vp-skipped")
        else:
            body = quote(answer.text)
        blocks.append(f"{label}\n{body}")
    blocks.append(t("vp-review-footer"))
    return "\n\n".join(blocks)


def review_keyboard(t: Translator, vp_id: int) -> InlineKeyboardMarkup:
    rows: list[list[Button]] = [
        [
            (
                t("btn-edit", n=position(field), label=t(label_key(field))),
                VpCb(action="edit", vp=vp_id, field=field),
            )
        ]
        for field in FIELDS
    ]
    rows.append([(t("btn-confirm"), VpCb(action="confirm", vp=vp_id))])
    return inline(rows)


def edit_prompt(t: Translator, field: Field, current: str | None) -> str:
    text = t("vp-edit-prompt", label=t(label_key(field)))
    parts = [text, t(question_key(field))]
    if current:
        parts.append(t("vp-current-answer", answer=quote(current)))
    return "\n\n".join(parts)


def edit_keyboard(t: Translator, vp_id: int, field: Field) -> InlineKeyboardMarkup:
    return inline([[(t("btn-cancel-edit"), VpCb(action="review", vp=vp_id, field=field))]])


def resume_keyboard(
    t: Translator, vp_id: int, field: str, *, with_draft: bool
) -> InlineKeyboardMarkup:
    rows: list[list[Button]] = []
    if with_draft:
        rows.append([(t("btn-use-draft"), VpCb(action="draft", vp=vp_id, field=field))])
    rows.append([(t("btn-continue"), VpCb(action="continue", vp=vp_id, field=field))])
    rows.append([(t("btn-restart"), VpCb(action="restart", vp=vp_id, field=field))])
    return inline(rows)


def done_keyboard(t: Translator, vp_id: int | None = None) -> InlineKeyboardMarkup:
    """Under a finished card: on to the interviews, a new proposition, the list."""
    return inline(
        [
            [(t("btn-iv-hub"), IvCb(action="hub", vp=vp_id))] if vp_id is not None else [],
            [(t("btn-session"), SessionCb(vp=vp_id))] if vp_id is not None else [],
            [(t("btn-new-vp"), MenuCb(action="new"))],
            [(t("btn-my-vps"), MenuCb(action="list"))],
        ]
    )
