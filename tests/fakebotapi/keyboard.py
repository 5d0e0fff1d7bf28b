"""reply_markup validation (Telegram's keyboard rules) and button lookup helpers for tests."""

from typing import Any, NamedTuple

from tests.fakebotapi.errors import bad_request
from tests.fakebotapi.records import SentMessage
from tests.fakebotapi.spec import BotApiSpec

CALLBACK_DATA_MAX_BYTES = 64
# Fields of InlineKeyboardButton that do not choose what the button does.
NON_ACTION_FIELDS = frozenset({"text", "icon_custom_emoji_id", "style"})
BUTTON_STYLES = frozenset({"danger", "success", "primary"})
URL_SCHEMES = ("http://", "https://", "tg://")
_MARKUP_ERROR = "can't parse reply keyboard markup JSON object"
_BUTTON_ERROR = "can't parse inline keyboard button"


class Button(NamedTuple):
    """A button as the user sees it; callback_data is None for URL and reply-keyboard buttons."""

    text: str
    callback_data: str | None


def check_fields(spec: BotApiSpec, type_name: str, obj: dict[str, Any], context: str) -> None:
    fields = spec.type_fields(type_name)
    for key in obj:
        if key not in fields:
            raise bad_request(f'{context}: unknown field "{key}" in {type_name}')
    for field in fields.values():
        if field.required and field.name not in obj:
            raise bad_request(f'{context}: field "{field.name}" of {type_name} is required')


def _rows(markup: dict[str, Any], key: str, type_name: str) -> list[list[Any]]:
    rows = markup[key]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{key}" of the {type_name} should be an Array of Arrays')
    return [row for row in rows if row]


def _check_inline_button(spec: BotApiSpec, button: Any) -> None:
    if not isinstance(button, dict):
        raise bad_request(f"{_BUTTON_ERROR}: InlineKeyboardButton must be an Object")
    check_fields(spec, "InlineKeyboardButton", button, _BUTTON_ERROR)
    text = button["text"]
    if not isinstance(text, str) or not text.strip():
        raise bad_request(f"{_BUTTON_ERROR}: button text must be a non-empty String")
    actions = [key for key in button if key not in NON_ACTION_FIELDS]
    if not actions:
        raise bad_request(f"{_BUTTON_ERROR}: Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(
            f"{_BUTTON_ERROR}: exactly one of {', '.join(sorted(actions))} must be used"
        )
    if "style" in button and button["style"] not in BUTTON_STYLES:
        raise bad_request(f"{_BUTTON_ERROR}: unsupported button style {button['style']!r}")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode()) <= CALLBACK_DATA_MAX_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not url.startswith(URL_SCHEMES) or " " in url:
            raise bad_request("BUTTON_URL_INVALID")


def _inline_keyboard(spec: BotApiSpec, markup: dict[str, Any]) -> dict[str, Any] | None:
    check_fields(spec, "InlineKeyboardMarkup", markup, _MARKUP_ERROR)
    rows = _rows(markup, "inline_keyboard", "InlineKeyboardMarkup")
    for row in rows:
        for button in row:
            _check_inline_button(spec, button)
    return {"inline_keyboard": rows} if rows else None


def _reply_keyboard(spec: BotApiSpec, markup: dict[str, Any]) -> dict[str, Any]:
    check_fields(spec, "ReplyKeyboardMarkup", markup, _MARKUP_ERROR)
    rows = []
    for row in _rows(markup, "keyboard", "ReplyKeyboardMarkup"):
        buttons = []
        for button in row:
            normalized = {"text": button} if isinstance(button, str) else button
            if not isinstance(normalized, dict):
                raise bad_request("can't parse keyboard button: KeyboardButton must be an Object")
            check_fields(spec, "KeyboardButton", normalized, "can't parse keyboard button")
            if not isinstance(normalized["text"], str) or not normalized["text"].strip():
                raise bad_request("can't parse keyboard button: button text must be non-empty")
            buttons.append(normalized)
        rows.append(buttons)
    if not rows:
        raise bad_request("keyboard must be non-empty")
    return {**markup, "keyboard": rows}


def normalize_reply_markup(
    spec: BotApiSpec, markup: Any, *, inline_only: bool = False
) -> dict[str, Any] | None:
    """Validated reply_markup; an inline keyboard without buttons becomes None (no keyboard)."""
    if not isinstance(markup, dict):
        raise bad_request(_MARKUP_ERROR)
    if "inline_keyboard" in markup:
        return _inline_keyboard(spec, markup)
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        return _reply_keyboard(spec, markup)
    for key, type_name in (
        ("remove_keyboard", "ReplyKeyboardRemove"),
        ("force_reply", "ForceReply"),
    ):
        if key in markup:
            check_fields(spec, type_name, markup, _MARKUP_ERROR)
            return markup
    raise bad_request(_MARKUP_ERROR)


def buttons(message: SentMessage | dict[str, Any] | None) -> list[Button]:
    """Every button of a message (or of a reply_markup dict), row by row, flattened."""
    markup = message.reply_markup if isinstance(message, SentMessage) else message
    if not markup:
        return []
    found = [
        Button(button["text"], button.get("callback_data"))
        for row in markup.get("inline_keyboard", [])
        for button in row
    ]
    found.extend(
        Button(button["text"], None) for row in markup.get("keyboard", []) for button in row
    )
    return found


def find_button(message: SentMessage | dict[str, Any] | None, text: str) -> Button:
    """The button whose text equals ``text`` or, failing that, the only one containing it."""
    available = buttons(message)
    exact = [b for b in available if b.text == text]
    if exact:
        return exact[0]
    needle = text.casefold()
    partial = [b for b in available if needle in b.text.casefold()]
    if len(partial) == 1:
        return partial[0]
    problem = "several buttons match" if partial else "no button matches"
    msg = f"{problem} {text!r}; buttons: {[b.text for b in available]}"
    raise AssertionError(msg)
