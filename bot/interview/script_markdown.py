"""The interview script as a Markdown document to keep open during a call."""

import re

from bot.interview.script import ScriptDocument, sections
from bot.value_prop.card import Gettext

HOWTO_KEYS = ("script-howto-1", "script-howto-2", "script-howto-3", "script-howto-4")

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the characters that can
# start emphasis, code, links, HTML, entities, tables or headings inside a line of user text.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
# A line starting like a list item, a block quote or a heading would change the structure.
_BLOCK_START = re.compile(r"^(\d+)([.)])(\s|$)|^([-+>=])(\s|$)")


def escape_markdown(text: str) -> str:
    """Plain text as one Markdown line that shows exactly these characters."""
    flat = " ".join(text.split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    return _BLOCK_START.sub(
        lambda m: f"{m[1]}\\{m[2]}{m[3]}" if m[1] else f"\\{m[4]}{m[5]}", escaped
    )


def render_markdown(doc: ScriptDocument, t: Gettext) -> str:
    """Title, topic, opening, the hypotheses, the tagged questions by block, and a checklist."""
    lines = [f"# {escape_markdown(doc.title)}", ""]
    if doc.vp_name.strip():
        lines += [escape_markdown(t("script-for", name=doc.vp_name)), ""]
    if doc.topic:
        lines += [f"**{escape_markdown(t('script-topic', topic=doc.topic))}**", ""]
    lines += [f"## {escape_markdown(t('script-hypotheses-title'))}", ""]
    for label, text, unclear in doc.hypotheses:
        shown = f"*{escape_markdown(text)}*" if unclear else escape_markdown(text)
        lines.append(f"- **{escape_markdown(label)}:** {shown}")
    if doc.topic:
        lines += ["", f"## {escape_markdown(t('script-opening-title'))}", ""]
        lines.append(f"> {escape_markdown(t('script-opening', topic=doc.topic))}")
    for section in sections(doc, t):
        lines += ["", f"## {escape_markdown(section.title)}" if section.title else "---", ""]
        lines += [f"*{escape_markdown(note)}*\n" for note in section.notes]
        for number, text, tag in section.questions:
            suffix = f" *\\[{escape_markdown(tag)}\\]*" if tag else ""
            lines.append(f"{number}. {escape_markdown(text)}{suffix}")
    howto = t("script-howto-title")
    lines += ["", f"## {escape_markdown(howto)}", ""]
    lines += [f"- {escape_markdown(t(key))}" for key in HOWTO_KEYS]
    return "\n".join(lines) + "\n"
