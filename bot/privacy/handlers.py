"""/privacy (what is stored, why, for how long; before consent, with the consent button), and
/mydata and /delete_me: the founder's own data, as documents or erased on request."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.db.models import User
from bot.documents.mydata.collect import collect_user_data
from bot.documents.mydata.files import export_files
from bot.onboarding.consent import consent_keyboard, has_current_consent
from bot.privacy.delete_me import DeleteCb, cmd_delete_me, delete_answered
from bot.telegram.callbacks import MenuCb
from bot.telegram.turn import Turn


async def show_privacy(
    event: Message | CallbackQuery, turn: Turn, user: User | None = None
) -> None:
    """The notice, for /privacy and the menu's button; the consent button until consent."""
    message = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(message, Message):
        keyboard = None if has_current_consent(user) else consent_keyboard(turn.t)
        await message.answer(turn.t("privacy"), reply_markup=keyboard)


async def cmd_mydata(message: Message, turn: Turn) -> None:
    """Everything stored about the user, as a JSON document and a readable Markdown one."""
    dialogue = {"state": await turn.state.get_state(), "data": await turn.state.get_data()}
    data = await collect_user_data(
        turn.repo.session, turn.user.id, exported_at=turn.clock(), dialogue=dialogue
    )
    for export in export_files(data, turn.t):
        await message.answer_document(
            BufferedInputFile(export.payload, filename=export.filename),
            caption=turn.t(export.caption_key),
        )


def build_router() -> Router:
    router = Router(name="privacy")
    router.message.register(show_privacy, Command("privacy"))
    router.callback_query.register(show_privacy, MenuCb.filter(F.action == "privacy"))
    router.message.register(cmd_mydata, Command("mydata"))
    router.message.register(cmd_delete_me, Command("delete_me"))
    router.callback_query.register(delete_answered, DeleteCb.filter(F.action.in_({"yes", "no"})))
    return router
