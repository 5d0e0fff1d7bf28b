"""Two chart shapes as inline SVG: horizontal bars (funnels, statuses) and weekly columns.

Colours come from the stylesheet through class names (Telegram's theme applies to them too);
labels are escaped here because the result is inserted into the page as markup.
"""

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 230
WIDTH = 600
COLUMN_AREA = 140


def _svg(height: int, title: str, body: list[str]) -> Markup:
    head = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    )
    return Markup(head + "".join(body) + "</svg>")  # noqa: S704 - every label escaped above


def bars(title: str, items: Sequence[tuple[str, int]], *, kinds: Sequence[str] = ()) -> Markup:
    """One bar per (label, value), longest = widest; ``kinds`` adds a class per bar."""
    top = max((value for _, value in items), default=0) or 1
    span = WIDTH - LABEL_WIDTH - 50
    body = []
    for index, (label, value) in enumerate(items):
        y = index * (BAR_HEIGHT + GAP)
        width = round(span * value / top)
        kind = f" {escape(kinds[index])}" if index < len(kinds) else ""
        body.append(
            f'<text class="label" x="0" y="{y + 16}">{escape(label)}</text>'
            f'<rect class="bar{kind}" x="{LABEL_WIDTH}" y="{y}" width="{max(width, 1)}" '
            f'height="{BAR_HEIGHT}" rx="3"><title>{escape(label)}: {value}</title></rect>'
            f'<text class="value" x="{LABEL_WIDTH + width + 6}" y="{y + 16}">{value}</text>'
        )
    return _svg(max(1, len(items)) * (BAR_HEIGHT + GAP), title, body)


def columns(title: str, items: Sequence[tuple[str, int]]) -> Markup:
    """Columns over time (e.g. a week each) with the label under every other column."""
    top = max((value for _, value in items), default=0) or 1
    step = WIDTH / max(1, len(items))
    body = []
    for index, (label, value) in enumerate(items):
        x = round(index * step + step * 0.15)
        height = round(COLUMN_AREA * value / top)
        y = 20 + COLUMN_AREA - height
        body.append(
            f'<rect class="bar" x="{x}" y="{y}" width="{round(step * 0.7)}" '
            f'height="{max(height, 1)}"><title>{escape(label)}: {value}</title></rect>'
        )
        if value:
            body.append(f'<text class="value" x="{x}" y="{y - 4}">{value}</text>')
        if index % 2 == 0:
            body.append(
                f'<text class="label" x="{x}" y="{COLUMN_AREA + 38}">{escape(label)}</text>'
            )
    return _svg(COLUMN_AREA + 44, title, body)
