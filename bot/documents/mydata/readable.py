"""/mydata's transcript and open dialogue as the user saw them, before either document is made.

Stored outgoing texts are Telegram HTML, older button presses hold callback data, and steps are
state codes; both documents (JSON and Markdown) get plain text and names instead.
"""

from collections.abc import Mapping
from typing import Any

from bot.documents.naming.transcript import Texts, dialogue_name, shown_text, step_label, step_name

Data = Mapping[str, Any]


def _entry(entry: Data, t: Texts) -> dict[str, Any]:
    return {
        **entry,
        "dialogue": dialogue_name(entry["dialogue"], t),
        "step": step_label(entry["dialogue"], entry["step"], t),
        "text": shown_text(entry["direction"], entry["kind"], entry["text"], t),
    }


def readable(data: Data, t: Texts) -> dict[str, Any]:
    """``data`` from collect_user_data with its transcript and dialogue state made readable."""
    dialogue = data.get("dialogue")
    if dialogue and dialogue.get("state"):
        dialogue = {**dialogue, "state": step_name(dialogue["state"], None, t)}
    return {
        **data,
        "transcript": [_entry(entry, t) for entry in data["transcript"]],
        "dialogue": dialogue,
    }
