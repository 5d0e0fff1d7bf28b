"""Texts and keyboards of delivered reminders, per kind, from the user's locale."""

from dataclasses import dataclass
from datetime import date

from aiogram.types import InlineKeyboardMarkup

from bot.dates import day_month
from bot.db.models import User
from bot.dialogues import DialogueSpot
from bot.i18n import Translator
from bot.interview.callbacks import IvCb
from bot.reminders.callbacks import CheckinCb, NudgeCb, RemCb
from bot.telegram.keyboards import Button, inline
from bot.text.html import quote
from bot.value_prop.questions import FIELDS, Field


@dataclass(frozen=True)
class Message:
    text: str
    keyboard: InlineKeyboardMarkup | None = None


def person_name(user: User) -> str:
    """First and last name as Telegram gave them (not escaped)."""
    return " ".join(part for part in (user.first_name, user.last_name) if part)


def _message(t: Translator, text: str, *first: Button, missed: int = 0) -> Message:
    """``text`` after "you missed N" (if any); its button above the settings one."""
    text = f"{t('rem-missed', count=missed)}\n\n{text}" if missed else text
    settings: Button = (t("btn-rem-settings"), RemCb(action="open"))
    return Message(text, inline([[*first], [settings]] if first else [[settings]]))


def nudge(t: Translator, spot: DialogueSpot, vp_name: str, *, last: bool) -> Message:
    """An unfinished dialogue: where the founder stopped, and a button to go on from there."""
    name = quote(vp_name)
    if spot.dialogue == "iv":
        text = t("rem-nudge-interview", name=name)
    elif spot.step in {field.value for field in FIELDS}:
        n = FIELDS.index(Field(spot.step)) + 1
        # `left` picks the wording: "one question left" only near the end, never at question 1.
        left = len(FIELDS) - n + 1
        text = t("rem-nudge-question", name=name, n=n, total=len(FIELDS), left=left)
    else:
        text = t("rem-nudge-review", name=name)
    if last:
        text = f"{text}\n\n{t('rem-nudge-last')}"
    return _message(t, text, (t("btn-rem-continue"), NudgeCb()))


def cadence(
    t: Translator,
    *,
    vp_id: int,
    vp_name: str,
    done: int,
    goal: int,
    until: date | None,
    today: date,
    missed: int,
) -> Message:
    """Interview cadence: progress ("2 из 5 интервью") and a button to log one."""
    text = t("rem-cadence", name=quote(vp_name), done=done, goal=goal)
    if until is not None:
        deadline = day_month(until, t.language, today=today)
        text += "\n" + t("rem-cadence-until", date=deadline)
    log: Button = (t("btn-rem-log-interview"), IvCb(action="log", vp=vp_id))
    return _message(t, text, log, missed=missed)


def checkin(t: Translator, *, missed: int) -> Message:
    start: Button = (t("btn-rem-checkin-start"), CheckinCb(action="start"))
    return _message(t, t("rem-checkin"), start, missed=missed)


def consultant(t: Translator, *, sender: str, body: str, missed: int) -> Message:
    """The consultant's own words, escaped (they are user text, not markup)."""
    text = t("rem-consultant", name=quote(sender), text=quote(body))
    return _message(t, text, missed=missed)
