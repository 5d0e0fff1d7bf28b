"""Methods about the bot itself, updates, callback answers, chat actions, commands and files."""

import json
import re
from typing import Any

from tests.fakebotapi.errors import (
    POLLING_CONFLICT,
    QUERY_TOO_OLD,
    WEBHOOK_CONFLICT,
    ApiError,
    bad_request,
)
from tests.fakebotapi.formatting import CALLBACK_ANSWER_MAX
from tests.fakebotapi.keyboard import check_fields
from tests.fakebotapi.records import CallbackAnswer
from tests.fakebotapi.registry import handles
from tests.fakebotapi.state import BotState
from tests.fakebotapi.utf16 import utf16_len

POLL_TIMEOUT_MAX = 50
UPDATES_LIMIT_MAX = 100
DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
COMMANDS_MAX = 100
COMMAND_DESCRIPTION_MAX = 256
LANGUAGE_RE = re.compile(r"[a-z]{2}")
SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
# set method -> (parameter, maximum length); the get method returns {parameter: value}
BOT_TEXTS = {
    "setMyDescription": ("description", 512),
    "setMyShortDescription": ("short_description", 120),
    "setMyName": ("name", 64),
}


@handles("getMe")
async def get_me(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return state.bot_user


@handles("logOut", "close")
async def harmless(state: BotState, params: dict[str, Any]) -> bool:
    return True


@handles("setWebhook")
async def set_webhook(state: BotState, params: dict[str, Any]) -> bool:
    state.webhook_url = params["url"]
    return True


@handles("deleteWebhook")
async def delete_webhook(state: BotState, params: dict[str, Any]) -> bool:
    state.webhook_url = ""
    if params.get("drop_pending_updates"):
        state.updates.confirm(state.updates.all[-1]["update_id"] + 1 if state.updates.all else 0)
    return True


@handles("getWebhookInfo")
async def get_webhook_info(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": state.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates.undelivered),
    }


def _clamp(value: Any, default: int, low: int, high: int) -> int:
    number = default if value is None else int(value)
    return min(max(number, low), high)


@handles("getUpdates")
async def get_updates(state: BotState, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Long polling: answer at once if updates are pending, else wait up to ``timeout``."""
    if state.webhook_url:
        raise ApiError(409, WEBHOOK_CONFLICT)
    state.poll_generation += 1
    generation = state.poll_generation
    state.signal.notify()  # an older long poll still waiting now ends with 409 Conflict
    queue = state.updates
    queue.confirm(params.get("offset"))
    queue.set_allowed(params.get("allowed_updates"))
    limit = _clamp(params.get("limit"), UPDATES_LIMIT_MAX, 1, UPDATES_LIMIT_MAX)
    timeout = _clamp(params.get("timeout"), 0, 0, POLL_TIMEOUT_MAX)
    deadline = state.now() + timeout
    state.polls_waiting += 1
    try:
        while True:
            if generation != state.poll_generation:
                raise ApiError(409, POLLING_CONFLICT)
            batch = queue.take(limit)
            if batch:
                state.touch()  # the bot starts handling them: not idle
                return batch
            remaining = deadline - state.now()
            if state.closing or remaining <= 0:
                return []
            await state.signal.wait(remaining)
    finally:
        state.polls_waiting -= 1
        state.signal.notify()


@handles("answerCallbackQuery")
async def answer_callback_query(state: BotState, params: dict[str, Any]) -> bool:
    record = state.callbacks.get(params["callback_query_id"])
    if record is not None and record.expired:
        error = bad_request(QUERY_TOO_OLD)
        error.simulated = True  # the scenario made the press late, the bot did nothing wrong
        raise error
    if record is None or record.answer is not None:
        raise bad_request(QUERY_TOO_OLD)
    text = params.get("text")
    if text is not None and utf16_len(text) > CALLBACK_ANSWER_MAX:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answer = CallbackAnswer(
        text=text,
        show_alert=bool(params.get("show_alert", False)),
        url=params.get("url"),
        cache_time=params.get("cache_time"),
        at=state.now(),
    )
    state.signal.notify()
    return True


@handles("sendChatAction")
async def send_chat_action(state: BotState, params: dict[str, Any]) -> bool:
    chat = state.writable_chat(params["chat_id"])
    if params["action"] not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    chat.actions.append(params["action"])
    state.signal.notify()
    return True


def _commands_key(state: BotState, params: dict[str, Any]) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
        raise bad_request("can't parse BotCommandScope: unsupported scope type")
    language = params.get("language_code") or ""
    if language and not LANGUAGE_RE.fullmatch(language):
        raise bad_request("invalid language code specified")
    return json.dumps(scope, sort_keys=True), language


@handles("setMyCommands")
async def set_my_commands(state: BotState, params: dict[str, Any]) -> bool:
    key = _commands_key(state, params)
    commands = params["commands"]
    if not isinstance(commands, list) or len(commands) > COMMANDS_MAX:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not isinstance(command, dict):
            raise bad_request("can't parse BotCommand: BotCommand must be an Object")
        check_fields(state.spec, "BotCommand", command, "can't parse BotCommand")
        if not COMMAND_RE.fullmatch(str(command["command"])):
            raise bad_request("BOT_COMMAND_INVALID")
        description = str(command["description"]).strip()
        if not 1 <= len(description) <= COMMAND_DESCRIPTION_MAX:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    state.commands[key] = [dict(command) for command in commands]
    return True


@handles("getMyCommands")
async def get_my_commands(state: BotState, params: dict[str, Any]) -> list[dict[str, Any]]:
    return list(state.commands.get(_commands_key(state, params), []))


@handles("deleteMyCommands")
async def delete_my_commands(state: BotState, params: dict[str, Any]) -> bool:
    state.commands.pop(_commands_key(state, params), None)
    return True


def _bot_text(state: BotState, params: dict[str, Any], method: str) -> bool:
    field, maximum = BOT_TEXTS[method]
    value = params.get(field, "")
    if len(value) > maximum:
        raise bad_request(f"{field} is too long")
    state.bot_settings[(field, params.get("language_code") or "")] = value
    return True


def _get_bot_text(state: BotState, params: dict[str, Any], field: str) -> dict[str, str]:
    return {field: state.bot_settings.get((field, params.get("language_code") or ""), "")}


@handles("setMyDescription")
async def set_my_description(state: BotState, params: dict[str, Any]) -> bool:
    return _bot_text(state, params, "setMyDescription")


@handles("setMyShortDescription")
async def set_my_short_description(state: BotState, params: dict[str, Any]) -> bool:
    return _bot_text(state, params, "setMyShortDescription")


@handles("setMyName")
async def set_my_name(state: BotState, params: dict[str, Any]) -> bool:
    return _bot_text(state, params, "setMyName")


@handles("getMyDescription")
async def get_my_description(state: BotState, params: dict[str, Any]) -> dict[str, str]:
    return _get_bot_text(state, params, "description")


@handles("getMyShortDescription")
async def get_my_short_description(state: BotState, params: dict[str, Any]) -> dict[str, str]:
    return _get_bot_text(state, params, "short_description")


@handles("getMyName")
async def get_my_name(state: BotState, params: dict[str, Any]) -> dict[str, str]:
    return _get_bot_text(state, params, "name")


@handles("setChatMenuButton")
async def set_chat_menu_button(state: BotState, params: dict[str, Any]) -> bool:
    button = params.get("menu_button") or {"type": "default"}
    state.bot_settings[("menu_button", str(params.get("chat_id", "")))] = button
    return True


@handles("getChatMenuButton")
async def get_chat_menu_button(state: BotState, params: dict[str, Any]) -> dict[str, Any]:
    key = ("menu_button", str(params.get("chat_id", "")))
    button: dict[str, Any] = state.bot_settings.get(key, {"type": "commands"})
    return button


@handles("getFile")
async def get_file(state: BotState, params: dict[str, Any]) -> dict[str, object]:
    stored = state.files.get(params["file_id"])
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.size > DOWNLOAD_MAX_BYTES:
        raise bad_request("file is too big")
    return stored.file_json()
