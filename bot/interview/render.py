"""Texts and keyboards of the interview part, built from the locale files."""

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup

from bot.db.models import Interview, ScriptQuestion, ValueProposition
from bot.i18n import Translator
from bot.interview.callbacks import IvCb, IvItemCb, SqCb
from bot.interview.log.service import to_record
from bot.interview.script.generate import ScriptDocument, sections
from bot.interview.synthesis.build import contradicts
from bot.interview.synthesis.html_page import VERDICT_ICONS
from bot.telegram.keyboards import Button, inline
from bot.text.html import quote as quote  # noqa: PLC0414 (handlers call render.quote)
from bot.value_prop.questions import FIELDS, label_key


def hub_text(
    t: Translator, vp: ValueProposition, *, done: int, drafts: int, questions: int
) -> str:
    lines = [
        t("iv-hub-title", name=quote(vp.name)),
        t("iv-progress", done=done, goal=vp.interview_goal),
        t("iv-hub-script", count=questions) if questions else t("iv-hub-no-script"),
    ]
    if drafts:
        lines.append(t("iv-hub-drafts", count=drafts))
    lines.append(t("iv-hub-howto"))
    return "\n".join(lines)


def hub_row(t: Translator, vp_id: int) -> list[Button]:
    """Under a finished card (value_prop's, through bot.wiring): the way to its interviews."""
    return [(t("btn-iv-hub"), IvCb(action="hub", vp=vp_id))]


def hub_keyboard(t: Translator, vp: ValueProposition, *, done: int) -> InlineKeyboardMarkup:
    return inline(
        [
            [(t("btn-iv-script"), IvCb(action="script", vp=vp.id))],
            [(t("btn-iv-log"), IvCb(action="log", vp=vp.id))],
            [
                (t("btn-iv-list", count=done), IvCb(action="list", vp=vp.id)),
                (t("btn-iv-syn"), IvCb(action="syn", vp=vp.id)),
            ],
            [(t("btn-iv-goal", goal=vp.interview_goal), IvCb(action="goal", vp=vp.id))],
        ]
    )


def goal_keyboard(t: Translator, vp_id: int) -> InlineKeyboardMarkup:
    options: list[Button] = [
        (str(n), IvCb(action="setgoal", vp=vp_id, arg=n)) for n in (5, 10, 15, 20, 30)
    ]
    return inline([options, [(t("btn-iv-back"), IvCb(action="hub", vp=vp_id))]])


def script_text(t: Translator, vp: ValueProposition, doc: ScriptDocument) -> str:
    """The script in the chat: topic, blocks, and what to listen for where a hypothesis is
    still vague (the founder's answers are in the documents, not here)."""
    blocks = [t("iv-script-heading", name=quote(vp.name))]
    if doc.topic:
        blocks.append(quote(t("script-topic", topic=doc.topic)))
    unclear = {text for _, text, is_unclear in doc.hypotheses if is_unclear}
    for section in sections(doc, t):
        tag = section.questions[0][2]
        heading = f"<b>{quote(section.title)}</b>" + (f" · <i>{quote(tag)}</i>" if tag else "")
        blocks.append(f"\n{heading}" if section.title else "")
        blocks += [f"<i>{quote(note)}</i>" for note in section.notes if note in unclear]
        blocks += [f"{number}. {quote(text)}" for number, text, _ in section.questions]
    blocks.append("\n" + t("iv-script-footer"))
    return "\n".join(blocks)


def topic_keyboard(t: Translator, vp_id: int, topic: str) -> InlineKeyboardMarkup:
    return inline(
        [
            [(t("btn-iv-topic-ok", topic=short(topic, 40)), IvCb(action="topicok", vp=vp_id))],
            [(t("btn-iv-topic-other"), IvCb(action="topicnew", vp=vp_id))],
        ]
    )


def script_keyboard(t: Translator, vp_id: int) -> InlineKeyboardMarkup:
    actions = ("add", "edit", "docs")
    rows = [[(t(f"btn-iv-{action}"), IvCb(action=action, vp=vp_id))] for action in actions]
    return inline([*rows, [(t("btn-iv-back"), IvCb(action="hub", vp=vp_id))]])


def edit_keyboard(
    t: Translator, vp_id: int, questions: Sequence[ScriptQuestion]
) -> InlineKeyboardMarkup:
    rows: list[list[Button]] = [
        [(f"{n}. {short(q.text)}", SqCb(action="pick", vp=vp_id, q=q.id))]
        for n, q in enumerate(questions, start=1)
    ]
    rows.append([(t("btn-iv-done-editing"), IvCb(action="script", vp=vp_id))])
    return inline(rows)


def question_keyboard(t: Translator, vp_id: int, question_id: int) -> InlineKeyboardMarkup:
    moves: list[Button] = [
        (label, SqCb(action=action, vp=vp_id, q=question_id))
        for action, label in (("up", "⬆️"), ("down", "⬇️"), ("del", t("btn-iv-delete")))
    ]
    return inline([moves, [(t("btn-iv-done-editing"), IvCb(action="edit", vp=vp_id))]])


def short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def interview_summary(t: Translator, interview: Interview) -> str:
    """One interview: fit, each hypothesis (verdict, the customer's words, the founder's notes),
    commitment and next step; a contradiction between fit and the segment verdict is pointed out.
    """
    held = interview.held_on.strftime("%d.%m.%Y") if interview.held_on else "—"
    lines = [
        t("iv-summary-title", respondent=quote(interview.respondent), date=held),
        t("iv-summary-fit", fit=t(f"iv-fit-{interview.segment_fit or 'partly'}")),
    ]
    notes = {note.field: note for note in interview.notes}
    for field in FIELDS:
        note = notes.get(field.value)
        label = t(label_key(field))
        if note is None or note.verdict is None:
            lines.append(t("iv-summary-skipped", label=label))
            continue
        icon = VERDICT_ICONS.get(note.verdict, "")
        verdict = t(f"iv-verdict-{note.verdict}")
        lines.append(t("iv-summary-verdict", icon=icon, label=label, verdict=verdict))
        if note.quote:
            lines.append(t("iv-summary-words", quote=quote(note.quote)))
        if note.said:
            lines.append(t("iv-summary-notes", notes=quote(note.said)))
    if contradicts(to_record(interview)):
        lines.append(t("iv-contradiction", respondent=quote(interview.respondent)))
    if interview.key_quote:
        lines.append(t("iv-summary-quote", quote=quote(interview.key_quote)))
    commitment = t(f"iv-commit-{interview.commitment or 'none'}")
    lines.append(t("iv-summary-commitment", commitment=commitment))
    if interview.next_step:
        lines.append(t("iv-summary-next", step=quote(interview.next_step)))
    return "\n".join(lines)


def interview_keyboard(t: Translator, interview: Interview) -> InlineKeyboardMarkup:
    def button(key: str, action: str) -> Button:
        return (t(key), IvItemCb(action=action, iv=interview.id))

    rows = [[button("btn-continue", "resume")]] if interview.status == "draft" else []
    rows.append([button("btn-iv-edit-interview", "edit"), button("btn-iv-delete", "del")])
    rows.append([(t("btn-iv-back"), IvCb(action="list", vp=interview.value_proposition_id))])
    return inline(rows)


def list_keyboard(
    t: Translator, vp_id: int, interviews: Sequence[Interview]
) -> InlineKeyboardMarkup:
    rows: list[list[Button]] = []
    for interview in interviews:
        held = interview.held_on.strftime("%d.%m") if interview.held_on else "—"
        icons = "".join(
            VERDICT_ICONS.get(note.verdict or "", "") for note in interview.notes if note.verdict
        )
        draft = t("iv-draft-mark") if interview.status == "draft" else ""
        label = f"{short(interview.respondent, 24)} · {held} {icons}{draft}".strip()
        rows.append([(label, IvItemCb(action="view", iv=interview.id))])
    rows.append([(t("btn-iv-back"), IvCb(action="hub", vp=vp_id))])
    return inline(rows)
