"""Transcript entries as readers see them: plain text, button labels, steps by name."""

import pytest
from aiogram.fsm.state import StatesGroup

from bot.consultant.states import ConsultantDialog
from bot.documents.naming.transcript import (
    DIALOGUES,
    KINDS,
    button_label,
    kind_name,
    shown_text,
    step_name,
)
from bot.i18n import I18n, Translator
from bot.interview.states import InterviewDialog, ScriptDialog
from bot.reminders.settings.states import CheckinDialog, ReminderInput
from bot.text.html import bold_lines
from bot.value_prop.states import VpDialog
from bot.wiring import build_dialogues

RU, EN = I18n().get("ru"), I18n().get("en")
GROUPS: list[type[StatesGroup]] = [
    VpDialog,
    InterviewDialog,
    ReminderInput,
    CheckinDialog,
    ConsultantDialog,
    ScriptDialog,
]


@pytest.mark.parametrize(
    ("stored", "label"),
    [
        ("Оставить как есть [v1:keep:3:segment]", "Оставить как есть"),
        ("✅ Принять [lk1:accept:2]", "✅ Принять"),
        ("[lk1:accept:2]", None),
        ("[m1:new]", None),
        ("Принять", "Принять"),  # stored as the label alone
        ("Сегмент [v2]", "Сегмент [v2]"),  # brackets without callback data stay
        (None, None),
    ],
)
def test_button_label_drops_callback_data(stored: str | None, label: str | None) -> None:
    assert button_label(stored) == label


def test_a_press_without_a_label_reads_as_a_pressed_button() -> None:
    assert shown_text("in", "callback", "[lk1:accept:2]", RU) == "нажата кнопка"
    assert shown_text("in", "callback", "[lk1:accept:2]", EN) == "button pressed"
    assert shown_text("in", "callback", None, EN) == "button pressed"


def test_what_the_bot_sent_is_plain_text_and_what_users_typed_is_kept() -> None:
    html = "<b>Вопрос 1 из 5</b>\nКто ваш клиент? &lt;пример&gt; &amp; 👋"
    assert shown_text("out", "text", html, RU) == "Вопрос 1 из 5\nКто ваш клиент? <пример> & 👋"
    assert shown_text("out", "edit", "<i>правка</i>", RU) == "правка"
    typed = "Мой <b>ответ</b> &amp;"
    assert shown_text("in", "text", typed, RU) == typed
    assert shown_text("out", "callback_answer", "Готово <3", RU) == "Готово <3"  # a plain toast
    assert shown_text("in", "sticker", None, RU) is None


@pytest.mark.parametrize("translator", [RU, EN], ids=["ru", "en"])
@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g.__name__)
def test_every_dialogue_state_has_a_name(translator: Translator, group: type[StatesGroup]) -> None:
    for state in group.__all_states__:
        dialogue, step = build_dialogues().transcript_spot(state.state)
        name = step_name(dialogue, step, translator)
        assert name is not None, state.state
        assert " · " in name, state.state  # the dialogue and its step
        assert "_" not in name
        assert group.__name__ not in name
        assert step_name(state.state, None, translator) == name  # a whole state name


def test_steps_read_by_name_and_unknown_codes_are_left_out() -> None:
    assert step_name("value_prop", "segment", RU) == "Ценностное предложение · сегмент"
    assert step_name("interview", "key_quote", EN) == "Interview · key quote"
    assert step_name("value_prop", "someday", RU) == "Ценностное предложение"
    assert step_name("SomethingNew", "step", RU) is None
    assert step_name(None, None, RU) is None
    assert set(DIALOGUES) >= {group.__name__ for group in GROUPS}


def test_every_kind_has_a_name_and_an_unknown_one_reads_as_other() -> None:
    for kind in KINDS:
        assert kind_name(kind, RU) != kind or kind == "GIF"
    assert kind_name("video_note", RU) == "видеокружок"
    assert kind_name("hologram", EN) == "other"


def test_whole_bold_lines_of_what_the_bot_sent_are_found() -> None:
    html = (
        "<b>Вопрос 1 из 5</b>\nКто ваш <b>клиент</b>?\n<b>Итог:</b> <strong>ок</strong>\n<b> </b>"
    )
    assert bold_lines(html) == {"Вопрос 1 из 5", "Итог: ок"}
    assert bold_lines("без тегов &amp; всё") == frozenset()
    assert bold_lines("<b>не закрыт") == {"не закрыт"}
