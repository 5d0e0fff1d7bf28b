"""Seed data shared by the export tests: two consultants, their clients, and tricky texts."""

import re
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import (
    AnswerRevision,
    CheckinNote,
    Interview,
    InterviewNote,
    TranscriptEntry,
    User,
    ValueProposition,
)

CONSULTANT_A, CONSULTANT_B = 100, 200
ANNA, BORIS, VERA, LONER = 1001, 1002, 2001, 3001  # Anna, Boris: A's; Vera: B's; Loner: nobody's
JAN = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)
MAR = datetime(2026, 3, 5, 18, 45, 12, tzinfo=UTC)
SINCE = datetime(2026, 3, 1, tzinfo=UTC)
FORMULA = "=SUM(A1)"
HTML_TEXT = "Теряют <b>клиентов</b> & деньги > 10%"
EMOJI_TEXT = "Кофейни Казани ☕🚀 на 20–50 мест"
MULTILINE = "Первая строка\nвторая: «кавычки» и *звёздочки*_"
SECRET_B = "секрет-консультанта-Б"
GREETING_HTML = "<b>Вопрос 1 из 5</b>\nПривет! Кто ваш клиент?"
# Anna's transcript in order: (time, direction, kind, stored text, text as the reader saw it).
# What the bot sent is stored as Telegram HTML; older button presses kept their callback data.
ANNA_ENTRIES = [
    (JAN, "in", "command", "/start", "/start"),
    (
        JAN.replace(minute=31),
        "out",
        "text",
        GREETING_HTML,
        "Вопрос 1 из 5\nПривет! Кто ваш клиент?",
    ),
    (MAR, "in", "text", EMOJI_TEXT, EMOJI_TEXT),
    (MAR.replace(second=13), "in", "text", HTML_TEXT, HTML_TEXT),
    (MAR.replace(second=14), "in", "text", FORMULA, FORMULA),
    (MAR.replace(second=15), "in", "text", MULTILINE, MULTILINE),
    (MAR.replace(second=16), "in", "sticker", None, None),
    (
        MAR.replace(second=17),
        "out",
        "text",
        "Спасибо &amp; до встречи 👋",
        "Спасибо & до встречи 👋",
    ),
    (
        MAR.replace(second=18),
        "in",
        "callback",
        "Оставить как есть [v1:keep:3:segment]",
        "Оставить как есть",
    ),
    (MAR.replace(second=19), "in", "callback", "[lk1:accept:2]", "нажата кнопка"),
    (MAR.replace(second=20), "in", "callback", "Принять", "Принять"),
    (MAR.replace(second=21), "out", "callback_answer", "Готово <3", "Готово <3"),
]
ANNA_LINES = [(at, direction, kind, text) for at, direction, kind, text, _ in ANNA_ENTRIES]
ANNA_SHOWN = [shown for *_, shown in ANNA_ENTRIES]
# What no export may show: markup the bot sent, callback data, state codes.
CALLBACK_DATA = re.compile(r"\[[a-z]+\d*:[^\]\s]*\]")
CODES = ("value_prop/", "value_prop ", '"value_prop"', "VpDialog", "[lk1", "[v1:")


def _user(user_id: int, **kwargs: object) -> User:
    defaults: dict[str, object] = {
        "first_name": "",
        "language": "ru",
        "timezone": "Europe/Moscow",
        "role": "founder",
        "consent_version": 1,
        "consent_at": JAN,
        "created_at": JAN,
        "last_seen_at": MAR,
    }
    return User(id=user_id, **(defaults | kwargs))


def _revision(vp: ValueProposition, field: str, text: str | None, at: datetime) -> AnswerRevision:
    return AnswerRevision(
        value_proposition=vp, field=field, text=text, skipped=text is None, created_at=at
    )


def _anna_vp() -> ValueProposition:
    vp = ValueProposition(
        user_id=ANNA, name="Кофейни", status="done", created_at=JAN, updated_at=MAR
    )
    vp.completed_at = MAR
    _revision(vp, "segment", "Кофейни", JAN)
    _revision(vp, "problem", HTML_TEXT, JAN)
    _revision(vp, "segment", EMOJI_TEXT, MAR).kept_finding = "segment_too_broad"
    _revision(vp, "situation", None, MAR)
    _revision(vp, "benefit", FORMULA, MAR)
    _revision(vp, "control", MULTILINE, MAR)
    return vp


def _interview(vp_id: int, respondent: str, at: datetime, status: str) -> Interview:
    interview = Interview(
        value_proposition_id=vp_id,
        respondent=respondent,
        held_on=at.date() if status == "done" else None,
        segment_fit="yes",
        commitment="time",
        key_quote="Мы теряем 30% гостей по утрам",
        status=status,
        created_at=at,
        updated_at=at,
    )
    interview.notes = [
        InterviewNote(
            field="segment", said="Да, это про нас", quote="", verdict="confirmed", created_at=at
        ),
        InterviewNote(
            field="problem",
            said="Не особо <важно>",
            quote="Молоко <не> списываем",
            verdict="refuted",
            created_at=at,
        ),
        InterviewNote(field="situation", said=None, verdict=None, created_at=at),
    ]
    return interview


STEP_OF_KIND = {"text": "segment", "callback": "review"}


def _lines(
    user_id: int, lines: list[tuple[datetime, str, str, str | None]]
) -> list[TranscriptEntry]:
    return [
        TranscriptEntry(
            user_id=user_id,
            at=at,
            direction=direction,
            kind=kind,
            text=text,
            dialogue="value_prop" if kind in STEP_OF_KIND else None,
            step=STEP_OF_KIND.get(kind),
        )
        for at, direction, kind, text in lines
    ]


async def seed_world(session_factory: async_sessionmaker[AsyncSession]) -> None:
    """Consultants A and B; Anna (rich history) and Boris are A's, Vera is B's, Loner unlinked."""
    async with session_factory() as session:
        session.add_all(
            [
                _user(CONSULTANT_A, first_name="Консультант", last_name="А", role="consultant"),
                _user(CONSULTANT_B, first_name="Консультант", last_name="Б", role="consultant"),
            ]
        )
        await session.flush()
        session.add_all(
            [
                _user(
                    ANNA,
                    first_name="Анна",
                    last_name="Кофейникова",
                    username="anna_cafe",
                    consultant_id=CONSULTANT_A,
                    shared_at=JAN,
                ),
                _user(
                    BORIS, first_name="", timezone="Asia/Vladivostok", consultant_id=CONSULTANT_A
                ),
                _user(VERA, first_name="Вера", consultant_id=CONSULTANT_B, language="en"),
                _user(LONER, first_name="Одиночка", timezone="Not/AZone"),
            ]
        )
        await session.flush()
        anna_vp = _anna_vp()
        boris_vp = ValueProposition(user_id=BORIS, name="Черновик", created_at=MAR, updated_at=MAR)
        _revision(boris_vp, "segment", "Ремонт & <стройка>", MAR)
        vera_vp = ValueProposition(user_id=VERA, name=SECRET_B, created_at=JAN, updated_at=JAN)
        _revision(vera_vp, "segment", SECRET_B, JAN)
        session.add_all([anna_vp, boris_vp, vera_vp])
        await session.flush()
        session.add_all(
            [
                _interview(anna_vp.id, "Кафе «Зерно»", JAN, "done"),
                _interview(anna_vp.id, "Бариста Олег", MAR, "done"),
                _interview(anna_vp.id, "Черновик интервью", MAR, "draft"),
                _interview(vera_vp.id, SECRET_B, JAN, "done"),
                CheckinNote(
                    user_id=ANNA,
                    hypothesis="Утро — главная боль",
                    action="5 интервью",
                    data=FORMULA,
                    insight="Боль есть & она <острая>",
                    created_at=MAR,
                ),
                CheckinNote(user_id=ANNA, hypothesis="Старый чек-ин", created_at=JAN),
                *_lines(ANNA, ANNA_LINES),
                *_lines(
                    BORIS, [(MAR, "in", "text", "Ремонт квартир"), (MAR, "out", "text", "Ок")]
                ),
                *_lines(VERA, [(JAN, "in", "text", SECRET_B)]),
            ]
        )
        await session.commit()


def test_seed_helpers_describe_the_world() -> None:
    """This module is imported by the export tests; it only checks its own constants."""
    assert SINCE > JAN
    assert MAR > SINCE
    assert len({ANNA, BORIS, VERA, LONER, CONSULTANT_A, CONSULTANT_B}) == 6
