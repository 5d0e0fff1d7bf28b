"""Markdown export: the readable report, client after client, streamed to one .md file."""

from collections.abc import Iterable
from pathlib import Path

from bot.documents.data.model import Client
from bot.documents.formats import report
from bot.documents.formats.report import Block, Heading, Item, Paragraph
from bot.documents.writer import Meta
from bot.text.markdown import HARD_BREAK, escape_inline, escape_lines


def _lines(text: str, *, emphasis: bool = False, strong: frozenset[str] = frozenset()) -> str:
    """User or locale text shown exactly: each line escaped, line breaks kept; lines in
    ``strong`` bold."""
    plain = [" ".join(line.split()) for line in text.splitlines()]
    shown = []
    for line, escaped in zip(plain, escape_lines(plain), strict=True):
        if line:
            mark = "**" if line in strong else "*" if emphasis else ""
            shown.append(f"{mark}{escaped}{mark}")
    return HARD_BREAK.join(shown)


def render_block(block: Block) -> str:
    """One block as Markdown, without the blank line that separates blocks."""
    if isinstance(block, Heading):
        return f"{'#' * block.level} {escape_inline(block.text)}"
    if isinstance(block, Paragraph):
        return _lines(block.text, emphasis=block.muted)
    if isinstance(block, Item):
        return f"- {escape_inline(block.text)}"
    body = _lines(block.text, emphasis=block.muted, strong=block.strong)
    term = f"**{escape_inline(block.term)}**"
    return term + HARD_BREAK + body if body else term


def render_blocks(blocks: Iterable[Block]) -> str:
    """Blocks separated by blank lines; consecutive items form one tight list."""
    out: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if out:
            tight = isinstance(block, Item) and isinstance(previous, Item)
            out.append("\n" if tight else "\n\n")
        out.append(render_block(block))
        previous = block
    return "".join(out) + "\n"


class MarkdownExport:
    """Writes the document head, then each client's report as it arrives."""

    def __init__(self, path: Path, meta: Meta) -> None:
        self.labels = meta.labels
        self.handle = path.open("w", encoding="utf-8", newline="\n")
        self.handle.write(render_blocks(report.document_head(meta)))
        self.empty = True

    def write(self, client: Client) -> None:
        self.handle.write("\n---\n\n" + render_blocks(report.client_blocks(client, self.labels)))
        self.empty = False

    def close(self) -> None:
        if self.empty:
            self.handle.write("\n" + _lines(self.labels.t("export-no-clients")) + "\n")
        self.handle.close()

    def discard(self) -> None:
        self.handle.close()
