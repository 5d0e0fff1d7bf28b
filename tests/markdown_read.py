"""Markdown read back as a CommonMark renderer shows it, for tests of the Markdown exports."""

import html
import re

from markdown_it import MarkdownIt

_TAG = re.compile(r"<[^>]+>")
_RENDERER = MarkdownIt("commonmark").enable("strikethrough").enable("table")


def shown(markdown: str) -> str:
    """The visible text of ``markdown``: rendered to HTML, tags dropped, entities decoded."""
    rendered = _RENDERER.render(markdown).replace("<br />\n", "\n")
    return html.unescape(_TAG.sub("", rendered))


def tags(markdown: str) -> set[str]:
    """Names of the HTML elements the rendering has (``em``, ``a``, ``h2``...)."""
    return set(re.findall(r"<([a-z0-9]+)[\s>/]", _RENDERER.render(markdown)))
