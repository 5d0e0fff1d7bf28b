"""/export: a consultant picks what and which format; the file arrives as a document."""

import tempfile
from datetime import timedelta
from pathlib import Path

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, FSInputFile, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.consultant.callbacks import CsCb
from bot.db.models import User
from bot.documents.naming.files import client_scope, export_filename
from bot.documents.naming.labels import local
from bot.documents.run import FORMATS, export
from bot.documents.upload import fit_file
from bot.i18n import I18n
from bot.roles import CLIENT_OR_ALL, CONSULTANT, is_admin
from bot.telegram.keyboards import Button, inline
from bot.telegram.ownership import Owned
from bot.telegram.turn import Turn

PERIODS = {"all": None, "30": timedelta(days=30), "7": timedelta(days=7)}


async def cmd_export(message: Message, turn: Turn) -> None:
    await message.answer(turn.t("cs-export-format-all"), reply_markup=format_keyboard(0))


def format_keyboard(client_id: int) -> InlineKeyboardMarkup:
    return inline(
        [[(fmt.upper(), CsCb(action="fmt", arg=client_id, value=fmt)) for fmt in FORMATS]]
    )


async def export_pressed(
    query: CallbackQuery,
    callback_data: CsCb,
    client: User | None,
    message: Message,
    turn: Turn,
    session_factory: async_sessionmaker[AsyncSession],
    i18n: I18n,
    callback_answer: CallbackAnswer,
) -> None:
    client_id = callback_data.arg
    action, value = callback_data.action, callback_data.value
    fmt, _, period = value.partition("-")
    if action == "export":
        await message.answer(
            turn.t("cs-export-format-client"), reply_markup=format_keyboard(client_id)
        )
    elif action == "fmt" and value in FORMATS:
        rows: list[list[Button]] = []
        for key in PERIODS:
            run = CsCb(action="run", arg=client_id, value=f"{value}-{key}")
            rows.append([(turn.t(f"btn-cs-period-{key}"), run)])
        await message.answer(turn.t("cs-export-period"), reply_markup=inline(rows))
    elif action == "run" and fmt in FORMATS and period in PERIODS:
        callback_answer.text = turn.t("cs-export-started")
        delta = PERIODS[period]
        admin = is_admin(turn.user, turn.settings)
        if client is not None:
            name = f"{client.first_name} {client.last_name or ''}"
            scope = client_scope(client.id, name, client.username)
        else:
            scope = "all" if admin else "clients"
        filename = export_filename(scope, local(turn.clock(), turn.user.timezone).date(), fmt)
        # Exported into a temporary folder, then sent (zipped or split when too big).
        with tempfile.TemporaryDirectory(prefix="vp-export-") as folder:
            result = await export(
                session_factory,
                fmt=fmt,
                out=Path(folder) / filename,
                language=turn.t.language,
                consultant_id=None if admin else turn.user.id,
                user_ids=[client_id] if client_id else None,
                since=turn.clock() - delta if delta else None,
                i18n=i18n,
            )
            caption = turn.t("cs-export-done", clients=result.clients)
            for part in fit_file(Path(result.path)):
                await message.answer_document(FSInputFile(part), caption=caption)
    else:
        callback_answer.text = turn.t("stale-button")


def build_router() -> Router:
    router = Router(name="consultant.export")
    router.message.register(cmd_export, Command("export"), Owned(CONSULTANT))
    router.callback_query.register(
        export_pressed, CsCb.filter(F.action.in_({"export", "fmt", "run"})), Owned(CLIENT_OR_ALL)
    )
    return router
