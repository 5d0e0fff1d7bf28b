"""Telegram HTML read back independently of the bot's code, for tests of what people are shown."""

from collections.abc import Collection
from html.parser import HTMLParser


class _Reader(HTMLParser):
    def __init__(self, allowed: Collection[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed
        self.parts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert self.allowed is None or tag in self.allowed, f"<{tag}> is not expected here"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes another tag"

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def read_html(html: str, *, allowed_tags: Collection[str] | None = None) -> str:
    """The text a reader sees (entities decoded); fails on a tag left open, closed out of order,
    or not among ``allowed_tags`` when those are given."""
    reader = _Reader(allowed_tags)
    reader.feed(html)
    reader.close()
    assert not reader.stack, f"tags left open: {reader.stack}"
    return "".join(reader.parts)
