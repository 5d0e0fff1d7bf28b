"""Moving a founder through the dialogue: asking a question, the review, the card.

Shared by the value-proposition handlers and by the registry entry and hooks that start and
resume the dialogue (bot.value_prop.dialogue, bot.value_prop.hooks).
"""

import asyncio
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, Message

from bot.dates import zone_of
from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.telegram.fsm_update_cache import set_state_and_data
from bot.telegram.keyboards import inline
from bot.telegram.replies import answer_long
from bot.telegram.text_limits import truncate_caption
from bot.value_prop import render
from bot.value_prop.callbacks import VpCb
from bot.value_prop.card.extras import CardEvidence, CardExtras
from bot.value_prop.card.image import render_card_png
from bot.value_prop.card.model import CardData, build_card
from bot.value_prop.card.text import render_card_html
from bot.value_prop.examples import bank, example_text_key, pick
from bot.value_prop.questions import Field
from bot.value_prop.service import VpSnapshot, snapshot
from bot.value_prop.states import QUESTION_STATES, VpDialog
from bot.value_prop.versions.prefill import can_keep, previous_block

NAME_MAX_LENGTH = 64


async def ask_name(message: Message, t: Translator, state: FSMContext) -> None:
    await set_state_and_data(state, VpDialog.name, {})
    later = inline([[(t("btn-name-later"), VpCb(action="autoname", vp=0))]])
    await message.answer(t("vp-ask-name"), reply_markup=later)


async def ask(
    message: Message,
    t: Translator,
    state: FSMContext,
    vp: VpSnapshot,
    field: Field,
    *,
    return_to_review: bool = False,
) -> None:
    """Put the dialogue at ``field`` and send its question (with the current answer, if any)."""
    data = await state.get_data()
    same = data.get("vp_id") == vp.id
    kept = {
        "vp_id": vp.id,
        "auto_name": bool(data.get("auto_name")) and same,
        "return_to_review": return_to_review,
        "examples": dict(data.get("examples") or {}) if same else {},
    }
    await set_state_and_data(state, QUESTION_STATES[field], kept)
    await repeat_question(message, t, vp, field, kept)


def example_id(t: Translator, vp: VpSnapshot, after: str | None = None) -> str:
    """The example to show: fitting the segment, or the next after ``after``."""
    return pick(bank(t.has), vp.hypotheses().get(Field.SEGMENT), vp.id, after=after)


async def fresh_example(t: Translator, state: FSMContext, vp: VpSnapshot, field: Field) -> str:
    """An example of ``field`` other than the one last shown (remembered in the state)."""
    data = await state.get_data()
    shown = dict(data.get("examples") or {})
    last = shown.get(field.value) or example_id(t, vp)
    shown[field.value] = example_id(t, vp, after=last)
    await state.update_data(examples=shown)
    return t(example_text_key(shown[field.value], field))


async def repeat_question(
    message: Message,
    t: Translator,
    vp: VpSnapshot,
    field: Field,
    data: Mapping[str, Any],
) -> None:
    """Send the question of ``field`` without touching the state; its edit prompt when the
    dialogue's FSM ``data`` says ``return_to_review``. The example is the one last shown with
    it (``data["examples"]``), by default the one that fits."""
    editing = bool(data.get("return_to_review"))
    example = (data.get("examples") or {}).get(field.value)
    current = vp.hypotheses().get(field)
    example_text = t(example_text_key(example or example_id(t, vp), field))
    keep = can_keep(vp.previous, field)
    text = render.question_text(t, field, current, example_text, editing=editing)
    keyboard = render.question_keyboard(t, vp.id, field, keep_previous=keep, editing=editing)
    if vp.previous is not None:  # a revision: the previous answer and the customers' words
        text += "\n\n" + previous_block(t, vp.previous, field)
    await answer_long(message, text, reply_markup=keyboard)


async def show_review(message: Message, t: Translator, state: FSMContext, vp: VpSnapshot) -> None:
    await set_state_and_data(state, VpDialog.review, {"vp_id": vp.id})
    await answer_long(
        message, render.review_text(t, vp), reply_markup=render.review_keyboard(t, vp.id)
    )


async def advance(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    after: Field,
    current: VpSnapshot | None = None,
) -> None:
    """After an answer to ``after``: the next open question, or the review when all are in.

    ``current`` is the proposition's snapshot when the caller has just taken it (saves a query).
    """
    data = await state.get_data()
    current = current or await snapshot(repo, vp)
    following = None if data.get("return_to_review") else current.first_open_field(after)
    await ask_or_review(message, t, state, current, following)


async def ask_or_review(
    message: Message, t: Translator, state: FSMContext, vp: VpSnapshot, field: Field | None
) -> None:
    """Ask ``field``; the review when it is None."""
    if field is None:
        await show_review(message, t, state, vp)
    else:
        await ask(message, t, state, vp, field)


def card_data(
    t: Translator,
    vp: VpSnapshot,
    founder: User,
    now: datetime,
    *,
    evidence: CardEvidence | None = None,
    show_version: bool | None = None,
) -> CardData:
    """The card of ``vp``: its version (by default from v2 on) and, after interviews, the
    progress and each hypothesis's evidence status."""
    to_sharpen = {field for field, answer in vp.answers.items() if answer.kept_finding}
    founder_name = " ".join(part for part in (founder.first_name, founder.last_name) if part)
    shown = vp.version > 1 if show_version is None else show_version
    card = build_card(
        t,
        name=vp.name,
        founder=founder_name,
        answers=vp.hypotheses(),
        on=now.astimezone(zone_of(founder.timezone)).date(),  # the author's day, not UTC's
        to_sharpen=to_sharpen,
        version=vp.version if shown else None,
    )
    return card if evidence is None else evidence.on_card(card, t)


async def send_card(
    message: Message, t: Translator, vp: VpSnapshot, card: CardData, extras: CardExtras
) -> None:
    """The summary card: formatted text (split if long), then the PNG with a short caption."""
    await answer_long(message, render_card_html(card))
    png = await asyncio.to_thread(render_card_png, card)
    caption = truncate_caption(t("vp-card-caption", name=render.quote(vp.name)))
    await message.answer_photo(
        BufferedInputFile(png, filename=f"value-proposition-{vp.id}.png"),
        caption=caption,
        reply_markup=render.done_keyboard(t, vp.id, extras.rows),
    )
