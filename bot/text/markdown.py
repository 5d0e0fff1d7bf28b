"""Plain text as Markdown that notes apps show as typed, with as few backslashes as possible.

CommonMark lets any ASCII punctuation be backslash-escaped, and escaping all of it is safe, but
apps that show Markdown source (or half-render it) then show "\\*" and "\\_" in ordinary text.
Here a character is escaped only where it would change what is shown: pairs of emphasis or code
marks, a link's "[", an HTML tag's "<", an entity's "&", and what starts a block at a line's
start. See https://spec.commonmark.org/0.31.2/ (emphasis rules, 6.2; backslash escapes, 2.4).
"""

import re

# A hard line break in CommonMark: two trailing spaces, invisibly (notes apps that show the source,
# or do not know the backslash form, would show a "\" at the end of every line).
HARD_BREAK = "  \n"

# Marks that only act in pairs: "*a*", "_a_", "`a`", "~~a~~".
_PAIRED = "*_`~"
# "[" opens a link only with a "](", "][" or "]:" later; "<" a tag or autolink before a
# letter, "/", "!" or "?"; "&" an entity ("&amp;", "&#123;"); "\\" escapes punctuation after it.
_LINK = re.compile(r"\[(?=[^\]]*\][(\[:])")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~]|$)")
# A line starting like a heading, a block quote, a list item, a rule or a table row.
_BLOCK_START = re.compile(
    r"^(\s*)(#{1,6}(?=\s|$)|>|(?:[-*_]\s*){3,}$|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|=+\s*$|\|)"
)


def _intraword(text: str, index: int) -> bool:
    """An "_" between two letters or digits never starts or ends emphasis (snake_case)."""
    return 0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()


def _paired_marks(line: str, context: str) -> str:
    paired = {mark for mark in _PAIRED if context.count(mark) >= 2}
    return "".join(
        f"\\{char}" if char in paired and not (char == "_" and _intraword(line, index)) else char
        for index, char in enumerate(line)
    )


def _block_start(match: re.Match[str]) -> str:
    lead, mark = match.group(1), match.group(2)
    if mark[0].isdigit():
        return f"{lead}{mark}\\"  # "1." → "1\." : the number stays, the dot is escaped
    return f"{lead}\\{mark}"


def escape_line(line: str, context: str | None = None) -> str:
    """One line of plain text as Markdown showing exactly these characters.

    ``context`` is the whole paragraph the line is part of (emphasis may pair across lines).
    """
    line = _BACKSLASH.sub(r"\\\\", line)
    line = _paired_marks(line, line if context is None else context)
    line = _LINK.sub(r"\\[", line)
    line = _TAG.sub(r"\\<", line)
    line = _ENTITY.sub(r"\\&", line)
    return _BLOCK_START.sub(_block_start, line)


def escape_lines(lines: list[str]) -> list[str]:
    """Lines of one paragraph, each escaped (marks are paired across the whole paragraph)."""
    context = "\n".join(lines)
    return [escape_line(line, context) for line in lines]


def escape_inline(text: str) -> str:
    """Plain text as one line of Markdown: line breaks and runs of spaces become one space."""
    return escape_line(" ".join(text.split()))


def literal(value: str | None, indent: str = "") -> str:
    """User text made literal for Markdown; its line breaks kept, continuation lines indented."""
    if value is None:
        return ""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return (HARD_BREAK + indent).join(escape_lines(lines))
