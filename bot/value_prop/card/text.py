"""The summary card as a Telegram HTML message (parse_mode=HTML)."""

from html import escape

from bot.value_prop.card.model import CardData, CardRow


def _user(text: str) -> str:
    """User text shown exactly as typed: <, > and & escaped; quotes need no escaping in text."""
    return escape(text, quote=False)


def _row_html(row: CardRow, skipped_text: str) -> str:
    label = f"<b>{_user(row.label)}</b>"
    if row.marker and not row.skipped:
        label += f" · ⚠️ <i>{_user(row.marker)}</i>"
    if row.badge and row.badge.strip():
        label += f" — {_user(row.badge.strip())}"
    if row.skipped or row.text is None:
        return f"{label}\n<i>{_user(skipped_text)}</i>"
    return f"{label}\n{_user(row.text.strip())}"


def render_card_html(card: CardData) -> str:
    """The card as HTML; may exceed one message, so send it through ``split_message``."""
    head = [f"<b>{_user(card.title)}</b>"]
    if card.version:
        head[0] += f" · <b>{_user(card.version)}</b>"
    if card.name.strip():
        head.append(_user(card.name.strip()))
    if card.progress and card.progress.strip():
        head.append(_user(card.progress.strip()))
    blocks = ["\n".join(head)]
    blocks.extend(_row_html(row, card.skipped_text) for row in card.rows)
    tail = [_user(card.founder_line)] if card.founder_line else []
    if card.footer.strip():
        tail.append(f"<i>{_user(card.footer)}</i>")
    if tail:
        blocks.append("\n".join(tail))
    return "\n\n".join(blocks)
