"""The interview script as a Markdown document to keep open during a call."""

from bot.i18n import Gettext
from bot.interview.script.generate import ScriptDocument, sections
from bot.text.markdown import escape_inline

HOWTO_KEYS = ("script-howto-1", "script-howto-2", "script-howto-3", "script-howto-4")


def render_markdown(doc: ScriptDocument, t: Gettext) -> str:
    """Title, topic, opening, the hypotheses, the tagged questions by block, and a checklist."""
    lines = [f"# {escape_inline(doc.title)}", ""]
    if doc.vp_name.strip():
        lines += [escape_inline(t("script-for", name=doc.vp_name)), ""]
    if doc.topic:
        lines += [f"**{escape_inline(t('script-topic', topic=doc.topic))}**", ""]
    lines += [f"## {escape_inline(t('script-hypotheses-title'))}", ""]
    for label, text, unclear in doc.hypotheses:
        shown = f"*{escape_inline(text)}*" if unclear else escape_inline(text)
        lines.append(f"- **{escape_inline(label)}:** {shown}")
    if doc.topic:
        lines += ["", f"## {escape_inline(t('script-opening-title'))}", ""]
        lines.append(f"> {escape_inline(t('script-opening', topic=doc.topic))}")
    for section in sections(doc, t):
        lines += ["", f"## {escape_inline(section.title)}" if section.title else "---", ""]
        lines += [f"*{escape_inline(note)}*\n" for note in section.notes]
        for number, text, tag in section.questions:
            suffix = f" *\\[{escape_inline(tag)}\\]*" if tag else ""
            lines.append(f"{number}. {escape_inline(text)}{suffix}")
    howto = t("script-howto-title")
    lines += ["", f"## {escape_inline(howto)}", ""]
    lines += [f"- {escape_inline(t(key))}" for key in HOWTO_KEYS]
    return "\n".join(lines) + "\n"
