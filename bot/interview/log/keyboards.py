"""Keyboards of logging an interview: choices, skip, keep, a step back, parts to edit."""

from aiogram.types import InlineKeyboardMarkup

from bot.db.models import Interview
from bot.i18n import Translator
from bot.interview.callbacks import IvItemCb, LogCb
from bot.interview.log.steps import PARTS
from bot.interview.synthesis.model import COMMITMENTS, SEGMENT_FITS, VERDICTS
from bot.telegram.keyboards import Button, inline
from bot.value_prop.questions import FIELDS, label_key


def back_row(t: Translator, interview_id: int) -> list[Button]:
    """Go back a step while logging: the previous answer is asked again."""
    return [(t("btn-iv-step-back"), LogCb(action="back", iv=interview_id))]


# The quick answers to "when was it?".
DAYS = ("today", "yesterday")
# The steps answered with a choice: button action → (values, locale key prefix of the labels).
CHOICES: dict[str, tuple[tuple[str, ...], str]] = {
    "fit": (SEGMENT_FITS, "iv-fit"),
    "verdict": (VERDICTS, "iv-verdict"),
    "commit": (COMMITMENTS, "iv-commit"),
}


def choice_keyboard(t: Translator, interview_id: int, action: str) -> InlineKeyboardMarkup:
    values, prefix = CHOICES[action]
    row: list[Button] = [
        (t(f"{prefix}-{value}"), LogCb(action=action, iv=interview_id, value=value))
        for value in values
    ]
    half = (len(row) + 1) // 2
    rows = [row[:half], row[half:]] if len(row) > 3 else [row]
    return inline([*rows, back_row(t, interview_id)])


def date_keyboard(t: Translator, interview_id: int) -> InlineKeyboardMarkup:
    return inline(
        [[(t(f"btn-iv-{day}"), LogCb(action="date", iv=interview_id, value=day)) for day in DAYS]]
    )


def skip_keyboard(t: Translator, interview_id: int) -> InlineKeyboardMarkup:
    return inline(
        [[(t("btn-skip"), LogCb(action="skip", iv=interview_id))], back_row(t, interview_id)]
    )


def keep_keyboard(t: Translator, interview_id: int) -> InlineKeyboardMarkup:
    return inline([[(t("btn-keep"), LogCb(action="keep", iv=interview_id))]])


def part_keyboard(t: Translator, interview: Interview) -> InlineKeyboardMarkup:
    """Which part of a saved interview to change; it is then asked again."""
    labels = {"date": t("iv-part-date"), "fit": t("iv-part-fit")}
    labels |= {field.value: t(label_key(field)) for field in FIELDS}
    labels |= {"commit": t("iv-part-commit"), "next": t("iv-part-next")}
    buttons: list[Button] = [
        (labels[part], IvItemCb(action="part", iv=interview.id, value=part)) for part in PARTS
    ]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    rows.append([(t("btn-iv-back"), IvItemCb(action="view", iv=interview.id))])
    return inline(rows)
