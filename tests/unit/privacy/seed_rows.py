"""Rows for the privacy tests: one founder with one of everything, a consultant, another user."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import (
    AnswerRevision,
    CheckinNote,
    Interview,
    InterviewNote,
    InterviewScript,
    Invite,
    Reminder,
    ReminderOccurrence,
    ScriptQuestion,
    TranscriptEntry,
    User,
    ValueProposition,
)

FOUNDER, CONSULTANT, OTHER = 7001, 7002, 7003
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # 12:00 in Moscow
TRICKY = "<b>Кофе & чай</b> *звёздочки* ☕🚀"


def _value_proposition(user_id: int, name: str) -> ValueProposition:
    vp = ValueProposition(user_id=user_id, name=name, status="done", created_at=T0)
    vp.revisions = [
        AnswerRevision(field="segment", text="Кофейни Казани", created_at=T0),
        AnswerRevision(field="problem", text="Старая проблема", created_at=T0),
        AnswerRevision(field="problem", text=TRICKY, created_at=T0 + timedelta(minutes=5)),
        AnswerRevision(field="situation", text=None, skipped=True, created_at=T0),
    ]
    return vp


def _said(direction: str, kind: str, text: str, **context: str) -> TranscriptEntry:
    """A line of the founder's transcript, at T0."""
    return TranscriptEntry(
        user_id=FOUNDER, at=T0, direction=direction, kind=kind, text=text, **context
    )


async def _seed_founder_extras(session: AsyncSession, vp: ValueProposition) -> None:
    script = InterviewScript(
        value_proposition_id=vp.id, language="ru", topic="закупка *зерна*", created_at=T0
    )
    script.questions = [
        ScriptQuestion(position=1, section="opening", field=None, text="Расскажите о себе"),
        ScriptQuestion(
            position=2, section="founder", text="Вы бы купили?", origin="founder", kept_lint="a,b"
        ),
    ]
    interview = Interview(
        value_proposition_id=vp.id,
        respondent="Ильдар",
        held_on=date(2026, 11, 25),
        segment_fit="yes",
        key_quote="«Зерно кончилось в субботу»",
        commitment="time",
        status="done",
    )
    interview.notes = [
        InterviewNote(
            field="problem", said="Каждую пятницу", quote="Вчера вылили 3 л", verdict="confirmed"
        )
    ]
    reminder = Reminder(user_id=FOUNDER, kind="cadence", rule='{"weekday": 1}', created_at=T0)
    session.add_all([script, interview, reminder])
    await session.flush()
    session.add_all(
        [
            ReminderOccurrence(
                reminder_id=reminder.id, user_id=FOUNDER, occurrence_key="k1", due_at=T0
            ),
            ReminderOccurrence(
                reminder_id=reminder.id,
                user_id=FOUNDER,
                occurrence_key="k0",
                due_at=T0 - timedelta(days=7),
                status="sent",
            ),
            CheckinNote(user_id=FOUNDER, hypothesis="Гипотеза", insight="Вывод", created_at=T0),
            Invite(code="secret-code", kind="client", created_by=FOUNDER, expires_at=T0),
            _said("in", "command", "/start"),
            _said("out", "text", "<b>Привет</b> &amp; 👋"),
            _said("in", "sticker", "😀"),
            # Button presses as stored before labels were kept alone: with and without a label.
            _said(
                "in",
                "callback",
                "Оставить как есть [v1:keep:3:segment]",
                dialogue="value_prop",
                step="segment",
            ),
            _said("in", "callback", "[lk1:accept:2]"),
        ]
    )


async def seed(session: AsyncSession) -> None:
    """The founder (linked to a consultant) with data of every kind, and another founder."""
    session.add(User(id=CONSULTANT, first_name="Ольга", last_name="Трекер", role="consultant"))
    await session.flush()
    session.add_all(
        [
            User(
                id=FOUNDER,
                first_name="Анна",
                username="anna",
                consent_version=1,
                consent_at=T0,
                created_at=T0,
                consultant_id=CONSULTANT,
                shared_at=T0,
            ),
            User(id=OTHER, first_name="Борис", consent_version=1),
        ]
    )
    await session.flush()
    vp = _value_proposition(FOUNDER, "Кофейни")
    session.add_all([vp, _value_proposition(OTHER, "Чужое ЦП")])
    await session.flush()
    await _seed_founder_extras(session, vp)
    session.add(TranscriptEntry(user_id=OTHER, at=T0, direction="in", kind="text", text="чужое"))
