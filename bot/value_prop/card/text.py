"""The summary card as a Telegram HTML message (parse_mode=HTML)."""

from bot.text.html import quote
from bot.value_prop.card.model import CardData, CardRow


def _row_html(row: CardRow, skipped_text: str) -> str:
    label = f"<b>{quote(row.label)}</b>"
    if row.marker and not row.skipped:
        label += f" · ⚠️ <i>{quote(row.marker)}</i>"
    if row.badge and row.badge.strip():
        label += f" — {quote(row.badge.strip())}"
    if row.skipped or row.text is None:
        return f"{label}\n<i>{quote(skipped_text)}</i>"
    return f"{label}\n{quote(row.text.strip())}"


def render_card_html(card: CardData) -> str:
    """The card as HTML; may exceed one message, so send it through ``split_message``."""
    head = [f"<b>{quote(card.title)}</b>"]
    if card.version:
        head[0] += f" · <b>{quote(card.version)}</b>"
    if card.name.strip():
        head.append(quote(card.name.strip()))
    if card.progress and card.progress.strip():
        head.append(quote(card.progress.strip()))
    blocks = ["\n".join(head)]
    blocks.extend(_row_html(row, card.skipped_text) for row in card.rows)
    tail = [quote(card.founder_line)] if card.founder_line else []
    if card.footer.strip():
        tail.append(f"<i>{quote(card.footer)}</i>")
    if tail:
        blocks.append("\n".join(tail))
    return "\n\n".join(blocks)
