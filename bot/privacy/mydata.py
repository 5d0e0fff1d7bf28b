"""/mydata and /delete_me: the founder's own data, as documents or erased on request."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, Message

from bot.documents.mydata.collect import collect_user_data
from bot.documents.mydata.files import export_files
from bot.privacy.delete_me import DeleteCb, cmd_delete_me, delete_answered
from bot.telegram.turn import Turn


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
    """Register this module's handlers on a new router (order matters)."""
    router = Router(name="privacy.mydata")
    router.message.register(cmd_mydata, Command("mydata"))
    router.message.register(cmd_delete_me, Command("delete_me"))
    router.callback_query.register(delete_answered, DeleteCb.filter(F.action.in_({"yes", "no"})))
    return router
