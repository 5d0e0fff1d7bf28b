"""Transcript entries as their reader saw them: the bot's HTML as plain text, a button press
as the button's label, and dialogue steps by their names from the locale files.

Pure code shared by the consultant exports and /mydata; no aiogram, no database.
"""

import re

from bot.i18n import Gettext
from bot.text.html import visible_text

# Rows written before button labels were stored alone hold "Label [data]" or just "[data]",
# where data is aiogram's packed callback data: "prefix:value:value" (e.g. "lk1:accept:2").
_CALLBACK_DATA = re.compile(r"\s*\[[A-Za-z][A-Za-z0-9_]*(?::[^\[\]\s]*)+\]\s*\Z")
# StatesGroup class names (as stored before the transcript named them) and stored dialogue
# names → the key part of their transcript-dialogue-* and transcript-step-* texts.
DIALOGUES = {
    **dict.fromkeys(("value_prop", "VpDialog"), "vp"),
    **dict.fromkeys(("interview", "InterviewDialog"), "iv"),
    **dict.fromkeys(("reminders", "ReminderInput"), "reminders"),
    **dict.fromkeys(("checkin", "CheckinDialog"), "checkin"),
    **dict.fromkeys(("consultant", "ConsultantDialog"), "consultant"),
    **dict.fromkeys(("script", "ScriptDialog"), "script"),
}
STEPS: dict[str, tuple[str, ...]] = {
    "vp": (
        *("name", "segment", "problem", "situation", "benefit", "control", "review", "editing"),
        "rename",
    ),
    "iv": (
        *("question", "respondent", "held_on", "segment_fit", "said", "quote", "verdict"),
        *("key_quote", "commitment", "next_step"),
    ),
    "reminders": ("timezone", "quiet", "cadence_date", "cadence_time", "checkin_time"),
    "checkin": ("hypothesis", "action", "data", "insight"),
    "consultant": ("reply", "schedule_text", "schedule_day", "schedule_time"),
    "script": ("topic",),
}
# Kinds whose text is the message itself; others (a sticker, a file, an edit of an earlier
# message) are shown with their kind in front.
PLAIN_KINDS = frozenset({"text", "command", "callback"})
KINDS = (
    *("text", "command", "callback", "callback_answer", "edit", "document", "photo"),
    *("sticker", "voice", "video_note", "video", "audio", "location", "contact"),
    *("animation", "poll", "other"),
)


def button_label(text: str | None) -> str | None:
    """The label of a pressed button from a stored press; None when only its data was kept."""
    if text is None:
        return None
    label = _CALLBACK_DATA.sub("", text).strip()
    return label or None


def is_html(direction: str, kind: str) -> bool:
    """Whether a stored text is Telegram HTML: what the bot sent, except pop-up toasts."""
    return direction == "out" and kind != "callback_answer"


def shown_text(direction: str, kind: str, text: str | None, t: Gettext) -> str | None:
    """The entry's text as its reader saw it: plain text, never markup or callback data."""
    if kind == "callback" and direction == "in":
        return button_label(text) or t("transcript-button-pressed")
    if text is None:
        return None
    return visible_text(text) if is_html(direction, kind) else text


def dialogue_name(dialogue: str | None, t: Gettext) -> str | None:
    """ "Ценностное предложение" for "value_prop"; None outside a dialogue or for an unknown one
    (left out rather than shown as a code)."""
    group = DIALOGUES.get(dialogue or "")
    return None if group is None else t(f"transcript-dialogue-{group}")


def step_label(dialogue: str | None, step: str | None, t: Gettext) -> str | None:
    """ "сегмент" for ("value_prop", "segment"); None for an unknown dialogue or step."""
    group = DIALOGUES.get(dialogue or "")
    if group is None or step is None or step not in STEPS[group]:
        return None
    return t(f"transcript-step-{group}-{step.replace('_', '-')}")


def step_name(dialogue: str | None, step: str | None, t: Gettext) -> str | None:
    """ "Ценностное предложение · сегмент": the dialogue and its step, as far as they are known.

    A whole state name ("VpDialog:segment") may be given as ``dialogue`` alone.
    """
    if dialogue and step is None and ":" in dialogue:
        dialogue, _, step = dialogue.partition(":")
    name = dialogue_name(dialogue, t)
    label = step_label(dialogue, step, t)
    return f"{name} · {label}" if name and label else name


def kind_name(kind: str, t: Gettext) -> str:
    """What a message was ("текст", "стикер", ...); an unknown kind reads as "other"."""
    return t("transcript-kind", kind=kind if kind in KINDS else "other")
