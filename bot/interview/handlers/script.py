"""The interview script: show it, send it as documents, add, reorder and delete questions."""

import asyncio

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.db.models import InterviewScript, ScriptQuestion, ValueProposition
from bot.interview import render
from bot.interview.access import script_question
from bot.interview.callbacks import IvCb, SqCb
from bot.interview.linter.engine import lint_question
from bot.interview.script import service as script_service
from bot.interview.script.markdown import render_markdown
from bot.interview.states import InterviewDialog
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned, forget_with, refuse_with
from bot.telegram.replies import answer_long, safe_edit
from bot.telegram.turn import Turn
from bot.value_prop.owned import FINISHED_DIALOGUE_VP, FINISHED_VP

QUESTION_MAX_LENGTH = 500
# How each editing button moves the question: up, down, or out of the script.
MOVES = {"up": -1, "down": 1, "del": None}


async def send_script(
    message: Message, turn: Turn, vp: ValueProposition, topic: str | None = None
) -> None:
    t, repo = turn.t, turn.repo
    script, created = await script_service.ensure_script(
        repo, vp=vp, t=t, now=turn.clock(), topic=topic
    )
    questions = await repo.interviews.questions(script.id)
    if created:
        await message.answer(t("iv-script-created", count=len(questions)))
    document = await script_service.document(repo, vp=vp, script=script, t=t)
    await answer_long(
        message, render.script_text(t, vp, document), reply_markup=render.script_keyboard(t, vp.id)
    )
    if created:
        await send_documents(message, turn, vp)


async def send_documents(message: Message, turn: Turn, vp: ValueProposition) -> None:
    script = await turn.repo.interviews.script_for(vp.id)
    if script is None:
        return
    document = await script_service.document(turn.repo, vp=vp, script=script, t=turn.t)
    markdown = render_markdown(document, turn.t).encode("utf-8")
    # fpdf2 (with fontTools) takes about a second to import: loaded on the first document,
    # not at every start of the bot.
    from bot.interview.script.pdf import render_pdf  # noqa: PLC0415

    pdf = await asyncio.to_thread(render_pdf, document, turn.t)
    stem = f"interview-script-{vp.id}"
    for content, extension in ((markdown, "md"), (pdf, "pdf")):
        upload = BufferedInputFile(content, filename=f"{stem}.{extension}")
        await message.answer_document(upload, caption=turn.t(f"iv-doc-{extension}"))


async def docs_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    await send_documents(message, turn, vp)


async def add_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    await turn.state.set_state(InterviewDialog.question)
    await turn.state.set_data({"vp_id": vp.id})
    await message.answer(turn.t("iv-add-ask"))


async def question_entered(message: Message, vp: ValueProposition, turn: Turn) -> None:
    text = (message.text or "").strip()
    if not text or len(text) > QUESTION_MAX_LENGTH:
        await message.answer(turn.t("iv-add-too-long", limit=QUESTION_MAX_LENGTH))
        return
    findings = lint_question(text)
    if findings:
        await turn.state.update_data(pending=text, rules=[finding.rule for finding in findings])
        hints = "\n".join(
            turn.t("iv-lint-item", message=turn.t(f.message_key), rewrite=turn.t(f.rewrite_key))
            for f in findings
        )
        anyway: Button = (turn.t("btn-iv-add-anyway"), IvCb(action="addkeep", vp=vp.id))
        found = turn.t("iv-lint-found", question=render.quote(text), hints=hints)
        await message.answer(found, reply_markup=inline([[anyway]]))
        return
    await _add(message, turn, vp, text, [])


async def _add(
    message: Message, turn: Turn, vp: ValueProposition, text: str, kept: list[str]
) -> None:
    script, _ = await script_service.ensure_script(turn.repo, vp=vp, t=turn.t, now=turn.clock())
    number = await script_service.add_question(
        turn.repo, script=script, text=text, kept_lint=kept, now=turn.clock()
    )
    await turn.state.clear()
    await message.answer(
        turn.t("iv-add-done", number=number), reply_markup=render.script_keyboard(turn.t, vp.id)
    )


async def add_anyway_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    data = await turn.state.get_data()
    pending = data.get("pending")
    if not pending:
        callback_answer.text = turn.t("stale-button")
        return
    await _add(message, turn, vp, str(pending), list(data.get("rules", [])))


async def edit_pressed(
    query: CallbackQuery, vp: ValueProposition, message: Message, turn: Turn
) -> None:
    script, _ = await script_service.ensure_script(turn.repo, vp=vp, t=turn.t, now=turn.clock())
    questions = await turn.repo.interviews.questions(script.id)
    await message.answer(
        turn.t("iv-edit-pick"), reply_markup=render.edit_keyboard(turn.t, vp.id, questions)
    )


async def question_action(
    query: CallbackQuery,
    callback_data: SqCb,
    vp: ValueProposition,
    script: InterviewScript,
    question: ScriptQuestion,
    message: Message,
    turn: Turn,
    callback_answer: CallbackAnswer,
) -> None:
    action = callback_data.action
    if action in MOVES:
        await script_service.move_question(
            turn.repo, script=script, question=question, delta=MOVES[action], now=turn.clock()
        )
    if action == "del":
        callback_answer.text = turn.t("iv-question-deleted")
        await edit_pressed(query, vp, message, turn)
        return
    questions = await turn.repo.interviews.questions(script.id)
    number = next(n for n, q in enumerate(questions, start=1) if q.id == question.id)
    text = turn.t("iv-edit-question", number=number, question=render.quote(question.text))
    keyboard = render.question_keyboard(turn.t, vp.id, question.id)
    if action == "pick":
        await message.answer(text, reply_markup=keyboard)
    else:
        await safe_edit(message, text, reply_markup=keyboard)


def build_router() -> Router:
    router = Router(name="interview.script")
    own = Owned(FINISHED_VP)
    router.callback_query.register(docs_pressed, IvCb.filter(F.action == "docs"), own)
    router.callback_query.register(add_pressed, IvCb.filter(F.action == "add"), own)
    router.callback_query.register(
        add_anyway_pressed, IvCb.filter(F.action == "addkeep"), Owned(FINISHED_DIALOGUE_VP)
    )
    router.callback_query.register(edit_pressed, IvCb.filter(F.action == "edit"), own)
    router.callback_query.register(question_action, SqCb.filter(), Owned(script_question))
    asked = StateFilter(InterviewDialog.question)
    router.message.register(question_entered, asked, PLAIN_TEXT, own)
    router.message.register(forget_with("vp-lost"), asked, PLAIN_TEXT)
    router.message.register(refuse_with("iv-add-text-please"), asked, NO_TEXT)
    return router
