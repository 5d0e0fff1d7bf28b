"""Interview scripts, their questions, logged interviews and notes per hypothesis."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import Interview, InterviewNote, InterviewScript, ScriptQuestion


class InterviewRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def script_for(self, vp_id: int) -> InterviewScript | None:
        return await self.session.scalar(
            select(InterviewScript)
            .where(InterviewScript.value_proposition_id == vp_id)
            .options(selectinload(InterviewScript.questions))
        )

    async def create_script(self, *, vp_id: int, language: str, now: datetime) -> InterviewScript:
        script = InterviewScript(
            value_proposition_id=vp_id, language=language, created_at=now, updated_at=now
        )
        self.session.add(script)
        await self.session.flush()
        return script

    async def questions(self, script_id: int) -> list[ScriptQuestion]:
        result = await self.session.scalars(
            select(ScriptQuestion)
            .where(ScriptQuestion.script_id == script_id)
            .order_by(ScriptQuestion.position, ScriptQuestion.id)
        )
        return list(result.all())

    async def question(self, question_id: int) -> ScriptQuestion | None:
        return await self.session.get(ScriptQuestion, question_id)

    async def add_question(self, question: ScriptQuestion) -> None:
        self.session.add(question)
        await self.session.flush()

    async def delete_question(self, question: ScriptQuestion) -> None:
        await self.session.delete(question)
        await self.session.flush()

    async def interview(self, interview_id: int) -> Interview | None:
        return await self.session.scalar(
            select(Interview)
            .where(Interview.id == interview_id)
            .options(selectinload(Interview.notes))
            # Notes are added directly, not through the relationship: reload the collection.
            .execution_options(populate_existing=True)
        )

    async def interviews_for(self, vp_id: int, *, done_only: bool = False) -> Sequence[Interview]:
        query = (
            select(Interview)
            .where(Interview.value_proposition_id == vp_id)
            .options(selectinload(Interview.notes))
            .order_by(Interview.held_on, Interview.id)
            .execution_options(populate_existing=True)
        )
        if done_only:
            query = query.where(Interview.status == "done")
        return (await self.session.scalars(query)).all()

    async def count_done(self, vp_id: int) -> int:
        result = await self.session.scalar(
            select(func.count())
            .select_from(Interview)
            .where(Interview.value_proposition_id == vp_id, Interview.status == "done")
        )
        return int(result or 0)

    async def add_interview(self, interview: Interview) -> None:
        self.session.add(interview)
        await self.session.flush()

    async def delete_interview(self, interview: Interview) -> None:
        await self.session.delete(interview)
        await self.session.flush()

    async def note(self, interview_id: int, field: str) -> InterviewNote | None:
        return await self.session.scalar(
            select(InterviewNote).where(
                InterviewNote.interview_id == interview_id, InterviewNote.field == field
            )
        )

    async def delete_note(self, note: InterviewNote) -> None:
        await self.session.delete(note)
        await self.session.flush()

    async def upsert_note(self, interview_id: int, field: str, *, now: datetime) -> InterviewNote:
        note = await self.note(interview_id, field)
        if note is None:
            note = InterviewNote(interview_id=interview_id, field=field, created_at=now)
            self.session.add(note)
            await self.session.flush()
        return note
