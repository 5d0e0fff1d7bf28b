"""The interview script: show it, send it as documents, add, reorder and delete questions."""

import asyncio

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.clock import Clock
from bot.db.models import User, ValueProposition
from bot.db.repositories import Repositories
from bot.i18n import Translator
from bot.interview import render
from bot.interview.access import OwnFinishedVp, finished_vp
from bot.interview.callbacks import IvCb, SqCb
from bot.interview.linter.engine import lint_question
from bot.interview.script import service as script_service
from bot.interview.script.markdown import render_markdown
from bot.interview.states import InterviewDialog
from bot.telegram.filters import NO_TEXT, PLAIN_TEXT
from bot.telegram.replies import answer_long, safe_edit

QUESTION_MAX_LENGTH = 500


async def send_script(
    message: Message,
    t: Translator,
    repo: Repositories,
    vp: ValueProposition,
    clock: Clock,
    topic: str | None = None,
) -> None:
    script, created = await script_service.ensure_script(
        repo, vp=vp, t=t, now=clock(), topic=topic
    )
    questions = await repo.interviews.questions(script.id)
    if created:
        await message.answer(t("iv-script-created", count=len(questions)))
    document = await script_service.document(repo, vp=vp, script=script, t=t)
    await answer_long(
        message,
        render.script_text(t, vp, document),
        reply_markup=render.script_keyboard(t, vp.id),
    )
    if created:
        await send_documents(message, t, repo, vp)


async def send_documents(
    message: Message, t: Translator, repo: Repositories, vp: ValueProposition
) -> None:
    script = await repo.interviews.script_for(vp.id)
    if script is None:
        return
    document = await script_service.document(repo, vp=vp, script=script, t=t)
    markdown = render_markdown(document, t).encode("utf-8")
    # fpdf2 (with fontTools) takes about a second to import: loaded on the first document,
    # not at every start of the bot.
    from bot.interview.script.pdf import render_pdf  # noqa: PLC0415

    pdf = await asyncio.to_thread(render_pdf, document, t)
    stem = f"interview-script-{vp.id}"
    await message.answer_document(
        BufferedInputFile(markdown, filename=f"{stem}.md"), caption=t("iv-doc-md")
    )
    await message.answer_document(
        BufferedInputFile(pdf, filename=f"{stem}.pdf"), caption=t("iv-doc-pdf")
    )


async def docs_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
    repo: Repositories,
) -> None:
    await send_documents(message, t, repo, vp)


async def add_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
    state: FSMContext,
) -> None:
    await state.set_state(InterviewDialog.question)
    await state.set_data({"vp_id": vp.id})
    await message.answer(t("iv-add-ask"))


async def question_entered(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
) -> None:
    data = await state.get_data()
    vp = await finished_vp(repo, user, int(data.get("vp_id", 0)))
    text = (message.text or "").strip()
    if vp is None:
        await state.clear()
        await message.answer(t("vp-lost"))
        return
    if not text or len(text) > QUESTION_MAX_LENGTH:
        await message.answer(t("iv-add-too-long", limit=QUESTION_MAX_LENGTH))
        return
    findings = lint_question(text)
    if findings:
        await state.update_data(pending=text, rules=[finding.rule for finding in findings])
        hints = "\n".join(
            t("iv-lint-item", message=t(f.message_key), rewrite=t(f.rewrite_key)) for f in findings
        )
        await message.answer(
            t("iv-lint-found", question=render.quote(text), hints=hints),
            reply_markup=render.lint_keyboard(t, vp.id),
        )
        return
    await _add(message, t, state, repo, vp, text, [], clock)


async def _add(
    message: Message,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    vp: ValueProposition,
    text: str,
    kept: list[str],
    clock: Clock,
) -> None:
    script, _ = await script_service.ensure_script(repo, vp=vp, t=t, now=clock())
    number = await script_service.add_question(
        repo, script=script, text=text, kept_lint=kept, now=clock()
    )
    await state.clear()
    await message.answer(
        t("iv-add-done", number=number), reply_markup=render.script_keyboard(t, vp.id)
    )


async def add_anyway_pressed(
    query: CallbackQuery,
    callback_data: IvCb,
    t: Translator,
    state: FSMContext,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    data = await state.get_data()
    vp = await finished_vp(repo, user, callback_data.vp)
    pending = data.get("pending")
    if (
        vp is None
        or data.get("vp_id") != vp.id
        or not pending
        or not isinstance(query.message, Message)
    ):
        callback_answer.text = t("stale-button")
        return
    await _add(query.message, t, state, repo, vp, str(pending), list(data.get("rules", [])), clock)


async def question_not_text(message: Message, t: Translator) -> None:
    await message.answer(t("iv-add-text-please"))


async def edit_pressed(
    query: CallbackQuery,
    vp: ValueProposition,
    message: Message,
    t: Translator,
    repo: Repositories,
    clock: Clock,
) -> None:
    script, _ = await script_service.ensure_script(repo, vp=vp, t=t, now=clock())
    questions = await repo.interviews.questions(script.id)
    await message.answer(t("iv-edit-pick"), reply_markup=render.edit_keyboard(t, vp.id, questions))


async def question_action(
    query: CallbackQuery,
    callback_data: SqCb,
    t: Translator,
    repo: Repositories,
    user: User,
    clock: Clock,
    callback_answer: CallbackAnswer,
) -> None:
    vp = await finished_vp(repo, user, callback_data.vp)
    script = await repo.interviews.script_for(vp.id) if vp else None
    question = await repo.interviews.question(callback_data.q)
    if (
        vp is None
        or script is None
        or question is None
        or question.script_id != script.id
        or not isinstance(query.message, Message)
    ):
        callback_answer.text = t("stale-button")
        return
    if callback_data.action == "del":
        await script_service.delete_question(
            repo, script=script, question_id=question.id, now=clock()
        )
        callback_answer.text = t("iv-question-deleted")
        questions = await repo.interviews.questions(script.id)
        await query.message.answer(
            t("iv-edit-pick"), reply_markup=render.edit_keyboard(t, vp.id, questions)
        )
        return
    if callback_data.action in {"up", "down"}:
        delta = -1 if callback_data.action == "up" else 1
        await script_service.move_question(
            repo, script=script, question_id=question.id, delta=delta, now=clock()
        )
    questions = await repo.interviews.questions(script.id)
    number = next(n for n, q in enumerate(questions, start=1) if q.id == question.id)
    text = t("iv-edit-question", number=number, question=render.quote(question.text))
    keyboard = render.question_keyboard(t, vp.id, question.id)
    if callback_data.action == "pick":
        await query.message.answer(text, reply_markup=keyboard)
    else:
        await safe_edit(query.message, text, reply_markup=keyboard)


def build_router() -> Router:
    router = Router(name="interview.script")
    router.callback_query.register(docs_pressed, IvCb.filter(F.action == "docs"), OwnFinishedVp())
    router.callback_query.register(add_pressed, IvCb.filter(F.action == "add"), OwnFinishedVp())
    router.callback_query.register(add_anyway_pressed, IvCb.filter(F.action == "addkeep"))
    router.callback_query.register(edit_pressed, IvCb.filter(F.action == "edit"), OwnFinishedVp())
    router.callback_query.register(question_action, SqCb.filter())
    router.message.register(question_entered, StateFilter(InterviewDialog.question), PLAIN_TEXT)
    router.message.register(question_not_text, StateFilter(InterviewDialog.question), NO_TEXT)
    return router
