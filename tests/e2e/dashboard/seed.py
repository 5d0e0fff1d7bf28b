"""Data for the dashboard's tests and benchmark: a consultant, clients at every stage, a lead.

Written straight into the database (the dialogues that produce it have tests of their own);
``client`` builds one founder with a finished proposition in two versions, interviews with the
customers' words, and a transcript.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import (
    AnswerRevision,
    Interview,
    InterviewNote,
    InterviewScript,
    Role,
    TranscriptEntry,
    User,
    ValueProposition,
)
from bot.value_prop.questions import FIELDS

CONSULTANT_ID = 9100
OTHER_CONSULTANT_ID = 9200
ADMIN_ID = 9001
SCRIPT = "<script>alert('x')</script>"
ANSWERS = {
    "segment": "Владельцы кофеен в Казани",
    "problem": "Теряют постоянных гостей",
    "situation": "Когда открывается сетевая кофейня рядом",
    "benefit": "Гости возвращаются чаще",
    "control": "Видно по повторным визитам",
}


@dataclass(frozen=True)
class Person:
    id: int
    name: str


def person(user_id: int, name: str, *, role: str = Role.FOUNDER, **extra: object) -> User:
    """Everyone here first wrote to the bot on 1 November 2026 (the test clock's month)."""
    extra.setdefault("created_at", datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    return User(id=user_id, first_name=name, language="ru", role=role, **extra)


def _vp(user_id: int, version: int, now: datetime, parent: int | None = None) -> ValueProposition:
    return ValueProposition(
        user_id=user_id,
        name="Кофейни Казани",
        status="done",
        created_at=now,
        completed_at=now,
        version=version,
        parent_id=parent,
    )


async def client(session: AsyncSession, user: User, now: datetime, interviews: int) -> None:
    """A finished proposition v1 → v2, ``interviews`` held for v2, and some conversation."""
    session.add(user)
    v1 = _vp(user.id, 1, now - timedelta(days=20))
    session.add(v1)
    await session.flush()
    v2 = _vp(user.id, 2, now - timedelta(days=10), parent=v1.id)
    session.add(v2)
    await session.flush()
    for vp, suffix in ((v1, ""), (v2, " (v2)")):
        for field, text in ANSWERS.items():
            session.add(
                AnswerRevision(value_proposition_id=vp.id, field=field, text=text + suffix)
            )
    session.add(InterviewScript(value_proposition_id=v2.id, language="ru"))
    for number in range(interviews):
        interview = Interview(
            value_proposition_id=v2.id,
            respondent=f"Кофейня {number + 1}",
            held_on=date(2026, 11, 2) + timedelta(days=3 * number),
            segment_fit="yes",
            commitment="time" if number % 2 else "money",
            key_quote=SCRIPT if number == 0 else f"Гости уходят в сеть ({number})",
            status="done",
        )
        session.add(interview)
        await session.flush()
        for field in FIELDS:
            refuted = field == "benefit" and number % 3 == 0
            session.add(
                InterviewNote(
                    interview_id=interview.id,
                    field=field,
                    said="Говорит, что теряет гостей",
                    quote=SCRIPT if number == 0 else f"«Прошлой зимой ушли {number} гостей»",
                    verdict="refuted" if refuted else "confirmed",
                )
            )
    lines = [
        ("out", "Как называется ваш сегмент?"),
        ("in", SCRIPT),
        ("in", "Владельцы кофеен в Казани"),
        ("out", "Отлично! Следующий вопрос: какая проблема?"),
    ]
    for minutes, (direction, text) in enumerate(lines):
        session.add(
            TranscriptEntry(
                user_id=user.id,
                at=now - timedelta(days=2, minutes=-minutes),
                direction=direction,
                kind="text",
                text=text,
            )
        )


def asked_for_session(user_id: int, at: datetime) -> TranscriptEntry:
    return TranscriptEntry(
        user_id=user_id,
        at=at,
        direction="in",
        kind="callback",
        text="Записаться на разбор",
        callback_data="sr1:1",
    )


async def seed(session_factory: async_sessionmaker[AsyncSession], now: datetime) -> list[Person]:
    """Kate (consultant) with four clients, another consultant's client, a lead; Kate's clients
    are returned in the table's default order (most recently active first)."""
    async with session_factory() as session:
        consented: dict[str, Any] = {"consent_version": 1, "consent_at": now - timedelta(days=30)}
        session.add(person(ADMIN_ID, "Админ", role=Role.ADMIN, last_seen_at=now))
        session.add(person(CONSULTANT_ID, "Катя", role=Role.CONSULTANT, last_seen_at=now))
        session.add(person(OTHER_CONSULTANT_ID, "Олег", role=Role.CONSULTANT, last_seen_at=now))
        await session.flush()
        anna = person(
            5001,
            SCRIPT + "Анна",
            username="anna",
            consultant_id=CONSULTANT_ID,
            last_seen_at=now - timedelta(hours=3),
            **consented,
        )
        await client(session, anna, now, interviews=6)
        session.add(asked_for_session(anna.id, now - timedelta(days=1)))
        others: list[tuple[int, str, int, dict[str, Any]]] = [
            (5003, "Борис", 4, {"reminders_off": True, **consented}),  # a draft, /stop
            (5004, "Вера", 9, {"blocked_at": now - timedelta(days=8)}),  # never consented
            (5005, "Глеб", 15, {"reminders_paused_until": now + timedelta(days=2), **consented}),
        ]
        for user_id, name, idle_days, extra in others:
            seen = now - timedelta(days=idle_days)
            session.add(
                person(user_id, name, consultant_id=CONSULTANT_ID, last_seen_at=seen, **extra)
            )
        await session.flush()
        session.add(
            ValueProposition(user_id=5003, name="Черновик", status="draft", created_at=now)
        )
        session.add(
            person(5006, "Чужой клиент", consultant_id=OTHER_CONSULTANT_ID, last_seen_at=now)
        )
        session.add(
            person(5007, "Лид", username="lead", source="channel", last_seen_at=now, **consented)
        )
        await session.flush()
        session.add(asked_for_session(5007, now - timedelta(hours=5)))
        await session.commit()
    names = [
        (5001, SCRIPT + "Анна"),
        (5003, "Борис"),
        (5004, "Вера"),
        (5005, "Глеб"),
    ]
    return [Person(user_id, name) for user_id, name in names]
