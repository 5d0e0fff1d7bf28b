"""The consultant workspace's root filters let through everything its handlers take.

Any other update passes the whole workspace by after one check (bot.consultant.handlers); a
handler whose first filter the root filter does not cover would never run, so each one is
checked here.
"""

from datetime import UTC, datetime

from aiogram import Bot, Router
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.types import CallbackQuery, Chat, Message
from aiogram.types import User as TgUser

from bot.consultant.callbacks import CsCb, LinkCb, SessionCb, UnlinkCb
from bot.consultant.handlers import ANY_BUTTON, ANY_MESSAGE, build_router
from bot.consultant.states import ConsultantDialog

ROOT_BUTTONS = {CsCb, LinkCb, SessionCb, UnlinkCb}
ROOT_COMMANDS = {"clients", "export", "invite", "consultant_invite", "make_consultant", "unlink"}


def tree(router: Router) -> list[Router]:
    return [router, *(child for sub in router.sub_routers for child in tree(sub))]


def test_every_message_handler_starts_with_a_workspace_command_or_state() -> None:
    handlers = [h for r in tree(build_router()) for h in r.message.handlers]
    assert len(handlers) >= 10
    for handler in handlers:
        first = handler.filters[0].callback if handler.filters else None
        if isinstance(first, Command):
            assert {str(c) for c in first.commands} <= ROOT_COMMANDS, handler.callback
        else:
            assert isinstance(first, StateFilter), handler.callback
            for state in first.states:
                assert state is ConsultantDialog or state in ConsultantDialog, handler.callback


def test_every_button_handler_starts_with_a_workspace_button() -> None:
    handlers = [h for r in tree(build_router()) for h in r.callback_query.handlers]
    assert len(handlers) >= 9
    for handler in handlers:
        first = handler.filters[0].callback if handler.filters else None
        assert isinstance(first, CallbackQueryFilter), handler.callback
        assert first.callback_data in ROOT_BUTTONS, handler.callback


def message(text: str) -> Message:
    chat, sender = Chat(id=7, type="private"), TgUser(id=7, is_bot=False, first_name="К")
    return Message(message_id=1, date=datetime.now(UTC), chat=chat, from_user=sender, text=text)


async def test_the_root_filters_let_those_through_and_nothing_else() -> None:
    bot = Bot(token="42:TEST")
    for command in ROOT_COMMANDS:
        assert await ANY_MESSAGE(message(f"/{command}"), bot=bot, raw_state=None)
    for state in ConsultantDialog.__all_states__:
        assert await ANY_MESSAGE(message("текст"), bot=bot, raw_state=state.state)
    assert not await ANY_MESSAGE(message("кофейни"), bot=bot, raw_state="VpDialog:segment")
    assert not await ANY_MESSAGE(message("/start"), bot=bot, raw_state=None)
    sender = TgUser(id=7, is_bot=False, first_name="К")
    for data in (
        CsCb(action="page").pack(),
        SessionCb(vp=1).pack(),
        UnlinkCb(action="confirm").pack(),
    ):
        query = CallbackQuery(id="1", from_user=sender, chat_instance="c", data=data)
        assert await ANY_BUTTON(query)
    query = CallbackQuery(id="1", from_user=sender, chat_instance="c", data="vp1:skip")
    assert not await ANY_BUTTON(query)
